import { describe, expect, it } from 'vitest';
import { applicationWorkflow, APPLICATION_STATUSES } from '../application/application-workflow';
import { MEMBERSHIP_REQUEST_STATUSES, membershipRequestWorkflow } from '../membership/membership-request-workflow';
import { MEMBERSHIP_STATUSES } from '../membership/membership';
import { membershipWorkflow } from '../membership/membership-workflow';
import { NOTICE_STATUSES, noticeWorkflow } from '../notice/notice-workflow';
import { OBJECTION_STATUSES, objectionWorkflow } from '../objection/objection-workflow';
import { REVIEW_ASSIGNMENT_STATUSES, reviewAssignmentWorkflow } from '../review/review-assignment-workflow';
import { SPOT_CHECK_STATUSES, spotCheckWorkflow } from '../spot-check/spot-check-workflow';
import { TITLE_STATES, titleWorkflow } from '../title/title-workflow';
import { createWorkflow, type Workflow } from './workflow';

type Status = 'OPEN' | 'DONE' | 'CANCELLED';
const gateFailure = { code: 'NOT_YET', article: 'Art. 8', message: { zhCN: '未到时间', en: 'Not yet' } };
const sample = createWorkflow<Status, 'finish' | 'cancel', 'OWNER' | 'CLERK', { ready: boolean }>({
  subjectName: { zhCN: '事项', en: 'Matter' },
  statusNames: {
    OPEN: { zhCN: '进行中', en: 'Open' },
    DONE: { zhCN: '已完成', en: 'Done' },
    CANCELLED: { zhCN: '已取消', en: 'Cancelled' },
  },
  partyNames: { OWNER: { zhCN: '申报单位', en: 'The owner' }, CLERK: { zhCN: '协会管理员', en: 'A clerk' } },
  actions: {
    finish: {
      to: 'DONE',
      edges: [{ from: 'OPEN', by: ['CLERK'] }],
      article: 'Art. 8',
      name: { zhCN: '完成', en: 'Finish' },
      gate: (f) => (f.ready ? null : gateFailure),
    },
    cancel: {
      to: 'CANCELLED',
      edges: [{ from: 'OPEN', by: ['OWNER', 'CLERK'] }],
      article: 'Art. 2',
      name: { zhCN: '取消', en: 'Cancel' },
      refusedFrom: { code: 'ALREADY_SETTLED', article: 'Art. 2', message: { zhCN: '已处理', en: 'Settled' } },
    },
  },
});

describe('createWorkflow', () => {
  it('allows an action from a status it leaves, by a party it names, when the gate passes', () => {
    expect(sample.decide('OPEN', 'finish', ['CLERK'], { ready: true })).toEqual({ ok: true, value: 'DONE' });
    expect(sample.decide('OPEN', 'cancel', ['OWNER'])).toEqual({ ok: true, value: 'CANCELLED' });
  });

  it('refuses an action from a status it does not leave as ILLEGAL_TRANSITION, citing its article in both languages', () => {
    const refusal = sample.decide('DONE', 'finish', ['CLERK'], { ready: true });
    expect(refusal.ok).toBe(false);
    if (refusal.ok) return;
    expect(refusal.error.code).toBe('ILLEGAL_TRANSITION');
    expect(refusal.error.article).toBe('Art. 8');
    expect(refusal.error.message.zhCN).toBe('事项状态为“已完成”时不能执行“完成”（第八条）。');
    expect(refusal.error.message.en).toBe('Cannot finish: the matter is done (Art. 8).');
  });

  it("reports an action's own refusal instead, when the table gives one", () => {
    const refusal = sample.decide('CANCELLED', 'cancel', ['OWNER']);
    expect(refusal).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'ALREADY_SETTLED', article: 'Art. 2' }),
    });
  });

  it('refuses someone who is not a party as NOT_PERMITTED, naming who may', () => {
    const refusal = sample.decide('OPEN', 'finish', ['OWNER'], { ready: true });
    expect(refusal.ok).toBe(false);
    if (refusal.ok) return;
    expect(refusal.error.code).toBe('NOT_PERMITTED');
    expect(refusal.error.article).toBe('Art. 8');
    expect(refusal.error.message.zhCN).toBe('只有协会管理员可以执行“完成”（第八条）。');
  });

  it("refuses with the gate's failure when the facts forbid it, and asks the edge and the party first", () => {
    expect(sample.decide('OPEN', 'finish', ['CLERK'], { ready: false })).toEqual({ ok: false, error: gateFailure });
    // The edge is asked before the gate: a finished matter is refused as such, whatever the facts.
    const done = sample.decide('DONE', 'finish', ['CLERK'], { ready: false });
    expect(!done.ok && done.error.code).toBe('ILLEGAL_TRANSITION');
    const stranger = sample.decide('OPEN', 'finish', [], { ready: false });
    expect(!stranger.ok && stranger.error.code).toBe('NOT_PERMITTED');
  });

  it('needs the facts of a gated action', () => {
    expect(() => sample.decide('OPEN', 'finish', ['CLERK'])).toThrow(/needs the facts/);
  });

  it('lists the actions a party may take now, and knows the terminal statuses', () => {
    expect(sample.allowed('OPEN', ['CLERK'])).toEqual(['finish', 'cancel']);
    expect(sample.allowed('OPEN', ['OWNER'])).toEqual(['cancel']);
    expect(sample.allowed('DONE', ['OWNER', 'CLERK'])).toEqual([]);
    expect(sample.isTerminal('OPEN')).toBe(false);
    expect(sample.isTerminal('DONE')).toBe(true);
  });
});

// Every table of the domain: each status has a name, each action leads to and from statuses of
// the table, and each edge names a party of the table — so no status change can reach a value
// the database's column does not hold.
const tables: [string, Workflow<string, string, string, never>, readonly string[]][] = [
  ['application', applicationWorkflow as unknown as Workflow<string, string, string, never>, APPLICATION_STATUSES],
  ['title', titleWorkflow as unknown as Workflow<string, string, string, never>, TITLE_STATES],
  ['spot check', spotCheckWorkflow as unknown as Workflow<string, string, string, never>, SPOT_CHECK_STATUSES],
  ['objection', objectionWorkflow as unknown as Workflow<string, string, string, never>, OBJECTION_STATUSES],
  ['notice', noticeWorkflow as unknown as Workflow<string, string, string, never>, NOTICE_STATUSES],
  [
    'membership request',
    membershipRequestWorkflow as unknown as Workflow<string, string, string, never>,
    MEMBERSHIP_REQUEST_STATUSES,
  ],
  ['membership', membershipWorkflow as unknown as Workflow<string, string, string, never>, MEMBERSHIP_STATUSES],
  [
    'review assignment',
    reviewAssignmentWorkflow as unknown as Workflow<string, string, string, never>,
    REVIEW_ASSIGNMENT_STATUSES,
  ],
];

describe.each(tables)('the %s table', (_name, workflow, statuses) => {
  it('names every status in both languages, and no other', () => {
    expect(Object.keys(workflow.statusNames).sort()).toEqual([...statuses].sort());
    for (const s of statuses) {
      expect(workflow.statusNames[s]?.zhCN).toBeTruthy();
      expect(workflow.statusNames[s]?.en).toBeTruthy();
    }
  });

  it('leads only between its own statuses, by its own parties, citing an article', () => {
    const parties = Object.keys(workflow.partyNames);
    for (const action of workflow.actionList) {
      const rule = workflow.actions[action];
      if (!rule) throw new Error(`no rule for ${action}`);
      expect(statuses).toContain(rule.to);
      expect(rule.article).toMatch(/^(Art\. \d+(\(\d+\))?|software)$/);
      expect(rule.edges.length).toBeGreaterThan(0);
      for (const edge of rule.edges) {
        expect(statuses).toContain(edge.from);
        expect(edge.by.length).toBeGreaterThan(0);
        for (const p of edge.by) expect(parties).toContain(p);
      }
    }
  });

  it('answers every action from every status, with a transition or a refusal that cites an article', () => {
    const parties = Object.keys(workflow.partyNames);
    for (const status of statuses) {
      for (const action of workflow.actionList) {
        let decision;
        try {
          decision = workflow.decide(status, action, parties);
        } catch {
          continue; // a gated action without its facts: the gate is tested with its table
        }
        if (decision.ok) expect(statuses).toContain(decision.value);
        else expect(decision.error.article).toBeTruthy();
      }
    }
  });
});
