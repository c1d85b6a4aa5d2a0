import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  APPLICATION_ACTIONS,
  APPLICATION_STATUSES,
  APPLICATION_TRANSITIONS,
  ROLES,
  TERMINAL_STATUSES,
  availableActions,
  transition,
  type ApplicationAction,
  type ApplicationStatus,
  type Role,
} from './application-lifecycle';

const go = (status: ApplicationStatus, action: ApplicationAction, role: Role): ApplicationStatus => {
  const r = transition(status, action, role);
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
};

describe('application lifecycle', () => {
  it('walks the happy path to ACCREDITED', () => {
    let s: ApplicationStatus = 'DRAFT';
    s = go(s, 'submit', 'MEMBER');
    s = go(s, 'recommend', 'UNIT_STAFF');
    s = go(s, 'startReview', 'REVIEWER');
    s = go(s, 'requestMoreInfo', 'REVIEWER');
    s = go(s, 'provideMoreInfo', 'MEMBER');
    s = go(s, 'passReview', 'REVIEWER');
    s = go(s, 'publishNotice', 'ADMIN');
    expect(go(s, 'award', 'ADMIN')).toBe('ACCREDITED');
    expect(go(s, 'upholdObjection', 'ADMIN')).toBe('FAILED');
  });

  it('returns to the member and back through the unit', () => {
    expect(go('SUBMITTED', 'return', 'UNIT_STAFF')).toBe('RETURNED');
    expect(go('RECOMMENDED', 'return', 'ADMIN')).toBe('RETURNED');
    expect(go('RETURNED', 'resubmit', 'MEMBER')).toBe('SUBMITTED');
    expect(go('UNDER_REVIEW', 'failReview', 'REVIEWER')).toBe('REVIEW_FAILED');
  });

  it('names the state and the action when an edge does not exist', () => {
    const r = transition('DRAFT', 'award', 'ADMIN');
    expect(r).toMatchObject({ ok: false, error: { code: 'ILLEGAL_TRANSITION', from: 'DRAFT', action: 'award', article: 'Art. 9' } });
    if (!r.ok) {
      expect(r.error.message.zhCN).toContain('草稿');
      expect(r.error.message.en).toContain('draft');
    }
  });

  it('refuses a role that may not take the action, separately from illegal edges', () => {
    const r = transition('DRAFT', 'submit', 'ADMIN');
    expect(r).toMatchObject({ ok: false, error: { code: 'ROLE_NOT_PERMITTED', role: 'ADMIN', action: 'submit', allowedRoles: ['MEMBER'], article: 'Art. 2' } });
    expect(transition('IN_PUBLIC_NOTICE', 'award', 'REVIEWER')).toMatchObject({ ok: false, error: { code: 'ROLE_NOT_PERMITTED' } });
  });

  it('lets the member withdraw only before a decision', () => {
    for (const s of ['SUBMITTED', 'RETURNED', 'RECOMMENDED', 'UNDER_REVIEW', 'MORE_INFO_REQUESTED'] as const) {
      expect(go(s, 'withdraw', 'MEMBER')).toBe('WITHDRAWN');
      expect(transition(s, 'withdraw', 'ADMIN').ok).toBe(false);
    }
    for (const s of ['DRAFT', 'REVIEW_PASSED', 'IN_PUBLIC_NOTICE', ...TERMINAL_STATUSES] as const) {
      expect(transition(s, 'withdraw', 'MEMBER')).toMatchObject({ ok: false, error: { code: 'ILLEGAL_TRANSITION' } });
    }
  });

  it('never lets an analyst act, and terminal states have no way out', () => {
    for (const s of APPLICATION_STATUSES) expect(availableActions(s, 'ANALYST')).toEqual([]);
    for (const s of TERMINAL_STATUSES) for (const role of ROLES) expect(availableActions(s, role)).toEqual([]);
    expect(availableActions('UNDER_REVIEW', 'REVIEWER')).toEqual(['requestMoreInfo', 'passReview', 'failReview']);
    expect(availableActions('UNDER_REVIEW', 'MEMBER')).toEqual(['withdraw']);
  });

  it('reaches every status from DRAFT', () => {
    const seen = new Set<ApplicationStatus>(['DRAFT']);
    const queue: ApplicationStatus[] = ['DRAFT'];
    while (queue.length > 0) {
      const s = queue.shift() as ApplicationStatus;
      for (const a of APPLICATION_ACTIONS) {
        const rule = APPLICATION_TRANSITIONS[a];
        if (rule.from.includes(s) && !seen.has(rule.to)) {
          seen.add(rule.to);
          queue.push(rule.to);
        }
      }
    }
    expect([...seen].sort()).toEqual([...APPLICATION_STATUSES].sort());
  });

  it('property: over random action sequences, only edges in the table are accepted', () => {
    const step = fc.record({ action: fc.constantFrom(...APPLICATION_ACTIONS), role: fc.constantFrom(...ROLES) });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let status: ApplicationStatus = 'DRAFT';
        for (const { action, role } of steps) {
          const rule = APPLICATION_TRANSITIONS[action];
          const legal = rule.from.includes(status) && rule.roles.includes(role);
          const r = transition(status, action, role);
          expect(r.ok).toBe(legal);
          expect(availableActions(status, role).includes(action)).toBe(legal);
          if (r.ok) {
            expect(r.value).toBe(rule.to);
            expect(role).not.toBe('ANALYST');
            expect(TERMINAL_STATUSES).not.toContain(status);
            status = r.value;
          } else {
            expect(r.error.code).toBe(rule.from.includes(status) ? 'ROLE_NOT_PERMITTED' : 'ILLEGAL_TRANSITION');
            expect(r.error.article).toMatch(/^Art\. \d+/);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('property: random walks of permitted actions stay inside the table and end only in terminal states when stuck', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 30 }), (choices) => {
        let status: ApplicationStatus = 'DRAFT';
        for (const choice of choices) {
          const options = ROLES.flatMap((role) => availableActions(status, role).map((action) => ({ role, action })));
          if (options.length === 0) {
            expect(TERMINAL_STATUSES).toContain(status);
            return;
          }
          const { role, action } = options[choice % options.length] as { role: Role; action: ApplicationAction };
          status = go(status, action, role);
        }
      }),
    );
  });
});
