import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DomainFailure } from '../shared/message';
import {
  APPLICATION_ACTIONS,
  APPLICATION_PARTIES,
  APPLICATION_STATUSES,
  APPLICATION_TRANSITIONS,
  TERMINAL_STATUSES,
  availableActions,
  partiesOf,
  transition,
  type ApplicationAction,
  type ApplicationGateFacts,
  type ApplicationParty,
  type ApplicationStatus,
} from './application-workflow';

const clearSubmission: ApplicationGateFacts = {
  submission: { round: null, membership: null, materials: null, eligibility: null, declarationAccepted: true },
};
const noticeOver: ApplicationGateFacts = {
  notice: { endsOn: '2026-10-15', over: true, pendingObjections: 0, upheldObjections: 0 },
};
const allClear: ApplicationGateFacts = { ...clearSubmission, ...noticeOver };

const go = (
  status: ApplicationStatus,
  action: ApplicationAction,
  party: ApplicationParty,
  facts: ApplicationGateFacts = allClear,
) => {
  const r = transition(status, action, [party], facts);
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
};
const failure = (code: string, article: string): DomainFailure => ({
  code,
  article,
  message: { zhCN: code, en: code },
});
const edgesFrom = (action: ApplicationAction, status: ApplicationStatus) =>
  APPLICATION_TRANSITIONS[action].edges.find((e) => e.from === status);

describe('application lifecycle', () => {
  it('walks the happy path to ACCREDITED', () => {
    let s: ApplicationStatus = 'DRAFT';
    s = go(s, 'submit', 'APPLICANT');
    s = go(s, 'recommend', 'RECOMMENDING_UNIT');
    s = go(s, 'startReview', 'ADMIN');
    s = go(s, 'requestMoreInfo', 'ASSIGNED_REVIEWER');
    s = go(s, 'provideMoreInfo', 'APPLICANT');
    s = go(s, 'passReview', 'ADMIN');
    s = go(s, 'publishNotice', 'ADMIN');
    expect(go(s, 'award', 'ADMIN')).toBe('ACCREDITED');
  });

  it('Art. 2: only the recommending unit recommends or declines — not an administrator, not another unit', () => {
    const byAdmin = transition('SUBMITTED', 'recommend', ['ADMIN']);
    expect(byAdmin).toMatchObject({ ok: false, error: { code: 'WRONG_RECOMMENDING_UNIT', article: 'Art. 2' } });
    expect(transition('SUBMITTED', 'declineRecommendation', ['ADMIN'])).toMatchObject({
      ok: false,
      error: { code: 'WRONG_RECOMMENDING_UNIT' },
    });
    expect(go('SUBMITTED', 'declineRecommendation', 'RECOMMENDING_UNIT')).toBe('NOT_RECOMMENDED');
    expect(availableActions('NOT_RECOMMENDED', [...APPLICATION_PARTIES])).toEqual([]);
    // An administrator who is also staff of that unit recommends as the unit.
    expect(transition('SUBMITTED', 'recommend', ['ADMIN', 'RECOMMENDING_UNIT'])).toMatchObject({
      ok: true,
      value: 'RECOMMENDED',
    });
  });

  it('returns: the unit while it holds the application, an administrator once recommended', () => {
    expect(go('SUBMITTED', 'return', 'RECOMMENDING_UNIT')).toBe('RETURNED');
    expect(go('RECOMMENDED', 'return', 'ADMIN')).toBe('RETURNED');
    expect(transition('RECOMMENDED', 'return', ['RECOMMENDING_UNIT'])).toMatchObject({
      ok: false,
      error: { code: 'NOT_PERMITTED' },
    });
    expect(transition('SUBMITTED', 'return', ['ADMIN'])).toMatchObject({ ok: false, error: { code: 'NOT_PERMITTED' } });
    expect(go('RETURNED', 'resubmit', 'APPLICANT')).toBe('SUBMITTED');
  });

  it('submission gates name their article, in the order an applicant fixes them', () => {
    const gates = (over: Partial<NonNullable<ApplicationGateFacts['submission']>>): ApplicationGateFacts => ({
      submission: { ...clearSubmission.submission!, ...over },
    });
    expect(
      transition(
        'DRAFT',
        'submit',
        ['APPLICANT'],
        gates({ round: failure('ROUND_CLOSED', 'Art. 10'), materials: failure('MISSING_MATERIALS', 'Art. 7') }),
      ),
    ).toMatchObject({ ok: false, error: { code: 'ROUND_CLOSED', article: 'Art. 10' } });
    expect(
      transition('DRAFT', 'submit', ['APPLICANT'], gates({ membership: failure('NOT_A_MEMBER', 'Art. 2') })),
    ).toMatchObject({ ok: false, error: { code: 'NOT_A_MEMBER' } });
    expect(
      transition('DRAFT', 'submit', ['APPLICANT'], gates({ eligibility: failure('NOT_ELIGIBLE', 'Art. 5') })),
    ).toMatchObject({ ok: false, error: { code: 'NOT_ELIGIBLE' } });
    expect(transition('DRAFT', 'submit', ['APPLICANT'], gates({ declarationAccepted: false }))).toMatchObject({
      ok: false,
      error: { code: 'DECLARATION_REQUIRED', article: 'Art. 7' },
    });
    // A returned application is resubmitted after the deadline; it was on time when first sent.
    expect(
      transition('RETURNED', 'resubmit', ['APPLICANT'], gates({ round: failure('ROUND_CLOSED', 'Art. 10') })),
    ).toMatchObject({ ok: true });
    expect(
      transition('RETURNED', 'resubmit', ['APPLICANT'], gates({ materials: failure('MISSING_MATERIALS', 'Art. 7') })),
    ).toMatchObject({ ok: false });
  });

  it('Art. 8: the award waits for the notice to end and for every objection to be resolved; an upheld one fails the entry', () => {
    const notice = (n: Partial<NonNullable<ApplicationGateFacts['notice']>>): ApplicationGateFacts => ({
      notice: { ...noticeOver.notice!, ...n },
    });
    const early = transition('IN_PUBLIC_NOTICE', 'award', ['ADMIN'], notice({ over: false }));
    expect(early).toMatchObject({ ok: false, error: { code: 'NOTICE_NOT_OVER', article: 'Art. 8' } });
    if (!early.ok) expect(early.error.message.zhCN).toContain('2026年10月15日');
    expect(transition('IN_PUBLIC_NOTICE', 'award', ['ADMIN'], notice({ pendingObjections: 1 }))).toMatchObject({
      ok: false,
      error: { code: 'OBJECTION_PENDING' },
    });
    expect(transition('IN_PUBLIC_NOTICE', 'award', ['ADMIN'], notice({ upheldObjections: 1 }))).toMatchObject({
      ok: false,
      error: { code: 'OBJECTION_UPHELD' },
    });
    expect(
      transition('IN_PUBLIC_NOTICE', 'failAfterObjection', ['ADMIN'], notice({ upheldObjections: 1 })),
    ).toMatchObject({ ok: true, value: 'FAILED' });
    expect(transition('IN_PUBLIC_NOTICE', 'failAfterObjection', ['ADMIN'], notice({}))).toMatchObject({
      ok: false,
      error: { code: 'NO_UPHELD_OBJECTION' },
    });
    expect(
      transition('IN_PUBLIC_NOTICE', 'failAfterObjection', ['ADMIN'], notice({ upheldObjections: 1, over: false })),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOTICE_NOT_OVER' },
    });
  });

  it('Art. 11: submission stops at a title in the way; the award fails a renewal whose title was revoked meanwhile', () => {
    const held = failure('HOLDS_VALID_TITLE', 'Art. 11');
    const submission = { ...clearSubmission.submission!, title: held };
    expect(transition('DRAFT', 'submit', ['APPLICANT'], { submission })).toMatchObject({
      ok: false,
      error: { code: 'HOLDS_VALID_TITLE', article: 'Art. 11' },
    });
    expect(transition('RETURNED', 'resubmit', ['APPLICANT'], { submission })).toMatchObject({
      ok: false,
      error: { code: 'HOLDS_VALID_TITLE' },
    });
    // The round comes first: an applicant fixes the date before anything else.
    expect(
      transition('DRAFT', 'submit', ['APPLICANT'], {
        submission: { ...submission, round: failure('ROUND_CLOSED', 'Art. 10') },
      }),
    ).toMatchObject({ ok: false, error: { code: 'ROUND_CLOSED' } });

    const revoked = { ...noticeOver, renewedTitle: failure('REVOCATION_PENDING', 'Art. 11') };
    expect(transition('IN_PUBLIC_NOTICE', 'award', ['ADMIN'], revoked)).toMatchObject({
      ok: false,
      error: { code: 'REVOCATION_PENDING', article: 'Art. 11' },
    });
    expect(transition('IN_PUBLIC_NOTICE', 'failRevokedRenewal', ['ADMIN'], revoked)).toMatchObject({
      ok: true,
      value: 'FAILED',
    });
    expect(transition('IN_PUBLIC_NOTICE', 'failRevokedRenewal', ['ADMIN'], noticeOver)).toMatchObject({
      ok: false,
      error: { code: 'RENEWED_TITLE_HELD' },
    });
    // Still Art. 8 first: no entry is decided before the notice is over.
    const early = { ...revoked, notice: { ...noticeOver.notice!, over: false } };
    expect(transition('IN_PUBLIC_NOTICE', 'failRevokedRenewal', ['ADMIN'], early)).toMatchObject({
      ok: false,
      error: { code: 'NOTICE_NOT_OVER' },
    });
    expect(transition('IN_PUBLIC_NOTICE', 'failRevokedRenewal', ['APPLICANT'], revoked)).toMatchObject({ ok: false });
  });

  it('names the state and the action when an edge does not exist, in Chinese throughout', () => {
    const r = transition('DRAFT', 'award', ['ADMIN'], allClear);
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'ILLEGAL_TRANSITION', from: 'DRAFT', action: 'award', article: 'Art. 9' },
    });
    if (!r.ok) {
      expect(r.error.message.zhCN).toContain('草稿');
      expect(r.error.message.zhCN).toContain('第九条');
      expect(r.error.message.zhCN).not.toMatch(/[A-Za-z]/);
      expect(r.error.message.en).toContain('draft');
    }
  });

  it('lets the member withdraw only before a decision', () => {
    for (const s of ['SUBMITTED', 'RETURNED', 'RECOMMENDED', 'UNDER_REVIEW', 'MORE_INFO_REQUESTED'] as const) {
      expect(go(s, 'withdraw', 'APPLICANT')).toBe('WITHDRAWN');
      expect(transition(s, 'withdraw', ['ADMIN']).ok).toBe(false);
    }
    for (const s of ['DRAFT', 'REVIEW_PASSED', 'IN_PUBLIC_NOTICE', ...TERMINAL_STATUSES] as const) {
      expect(transition(s, 'withdraw', ['APPLICANT'])).toMatchObject({
        ok: false,
        error: { code: 'ILLEGAL_TRANSITION' },
      });
    }
  });

  it('reviewers only ask for more information; decisions are the administrator’s', () => {
    expect(availableActions('UNDER_REVIEW', ['ASSIGNED_REVIEWER'])).toEqual(['requestMoreInfo']);
    expect(availableActions('UNDER_REVIEW', ['ADMIN'])).toEqual(['requestMoreInfo', 'passReview', 'failReview']);
    expect(availableActions('UNDER_REVIEW', ['APPLICANT'])).toEqual(['withdraw']);
    for (const s of TERMINAL_STATUSES) expect(availableActions(s, [...APPLICATION_PARTIES])).toEqual([]);
    for (const s of APPLICATION_STATUSES) expect(availableActions(s, [])).toEqual([]);
  });

  it('derives parties from current relations, not roles alone', () => {
    const base = { organisationId: 'o1', recommendingUnitId: 'u1', reviewerIds: ['r1'] };
    const viewer = (v: Partial<Parameters<typeof partiesOf>[0]['viewer']>) => ({
      userId: 'x',
      roles: [],
      organisationId: null,
      unitId: null,
      ...v,
    });
    expect(partiesOf({ viewer: viewer({ roles: ['UNIT_STAFF'], unitId: 'u2' }), application: base })).toEqual([]);
    expect(partiesOf({ viewer: viewer({ roles: ['UNIT_STAFF'], unitId: 'u1' }), application: base })).toEqual([
      'RECOMMENDING_UNIT',
    ]);
    expect(
      partiesOf({
        viewer: viewer({ roles: ['UNIT_STAFF'], unitId: 'u1' }),
        application: { ...base, recommendingUnitId: null },
      }),
    ).toEqual([]);
    expect(partiesOf({ viewer: viewer({ roles: ['MEMBER'], organisationId: 'o2' }), application: base })).toEqual([]);
    expect(partiesOf({ viewer: viewer({ roles: ['MEMBER'], organisationId: 'o1' }), application: base })).toEqual([
      'APPLICANT',
    ]);
    expect(partiesOf({ viewer: viewer({ roles: ['REVIEWER'], userId: 'r2' }), application: base })).toEqual([]);
    expect(partiesOf({ viewer: viewer({ roles: ['REVIEWER'], userId: 'r1' }), application: base })).toEqual([
      'ASSIGNED_REVIEWER',
    ]);
    expect(partiesOf({ viewer: viewer({ roles: ['ANALYST'] }), application: base })).toEqual([]);
  });

  it('reaches every status from DRAFT', () => {
    const seen = new Set<ApplicationStatus>(['DRAFT']);
    const queue: ApplicationStatus[] = ['DRAFT'];
    while (queue.length > 0) {
      const s = queue.shift() as ApplicationStatus;
      for (const a of APPLICATION_ACTIONS) {
        const rule = APPLICATION_TRANSITIONS[a];
        if (edgesFrom(a, s) && !seen.has(rule.to)) {
          seen.add(rule.to);
          queue.push(rule.to);
        }
      }
    }
    expect([...seen].sort()).toEqual([...APPLICATION_STATUSES].sort());
  });

  const partySets = fc.subarray([...APPLICATION_PARTIES]);
  it('property: over random action sequences, only table edges taken by their parties with open gates are accepted', () => {
    const gateFacts = fc.record({
      over: fc.boolean(),
      pendingObjections: fc.nat(2),
      upheldObjections: fc.nat(1),
      declarationAccepted: fc.boolean(),
      roundClosed: fc.boolean(),
    });
    const step = fc.record({ action: fc.constantFrom(...APPLICATION_ACTIONS), parties: partySets, gates: gateFacts });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let status: ApplicationStatus = 'DRAFT';
        for (const { action, parties, gates } of steps) {
          const facts: ApplicationGateFacts = {
            submission: {
              ...clearSubmission.submission!,
              declarationAccepted: gates.declarationAccepted,
              round: gates.roundClosed ? failure('ROUND_CLOSED', 'Art. 10') : null,
            },
            notice: {
              endsOn: '2026-10-15',
              over: gates.over,
              pendingObjections: gates.pendingObjections,
              upheldObjections: gates.upheldObjections,
            },
          };
          const edge = edgesFrom(action, status);
          const party = edge !== undefined && edge.by.some((p) => parties.includes(p));
          const r = transition(status, action, parties, facts);
          expect(availableActions(status, parties).includes(action)).toBe(party);
          if (!edge) expect(r).toMatchObject({ ok: false, error: { code: 'ILLEGAL_TRANSITION' } });
          else if (!party) expect(r.ok).toBe(false);
          if (r.ok) {
            expect(party).toBe(true);
            expect(r.value).toBe(APPLICATION_TRANSITIONS[action].to);
            if (action === 'award')
              expect(gates.over && gates.pendingObjections === 0 && gates.upheldObjections === 0).toBe(true);
            if (action === 'submit') expect(gates.declarationAccepted && !gates.roundClosed).toBe(true);
            expect(TERMINAL_STATUSES).not.toContain(status);
            status = r.value;
          } else {
            expect(r.error.article).toMatch(/^Art\. \d+/);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('property: random walks of permitted actions end only in terminal states when stuck', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 30 }), (choices) => {
        let status: ApplicationStatus = 'DRAFT';
        for (const choice of choices) {
          const options = availableActions(status, [...APPLICATION_PARTIES]);
          if (options.length === 0) {
            expect(TERMINAL_STATUSES).toContain(status);
            return;
          }
          const action = options[choice % options.length] as ApplicationAction;
          const upheld = action === 'failAfterObjection' ? 1 : 0;
          const r = transition(status, action, [...APPLICATION_PARTIES], {
            ...clearSubmission,
            notice: { endsOn: '2026-10-15', over: true, pendingObjections: 0, upheldObjections: upheld },
            renewedTitle: action === 'failRevokedRenewal' ? failure('REVOKED_CANNOT_RENEW', 'Art. 11') : null,
          });
          expect(r.ok).toBe(true);
          if (r.ok) status = r.value;
        }
      }),
    );
  });
});
