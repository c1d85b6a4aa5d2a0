import { describe, expect, it } from 'vitest';
import { needsMember, nextActionKey, openInfoRequests, workbenchCounts } from './workbench-counts';

const apps = [
  { id: 'a', status: 'DRAFT', infoRequests: [] },
  {
    id: 'b',
    status: 'MORE_INFO_REQUESTED',
    infoRequests: [
      { id: 'r1', dueOn: '2026-12-05', respondedAt: null },
      { id: 'r0', dueOn: '2026-11-20', respondedAt: '2026-11-19T01:00:00Z' },
    ],
  },
  { id: 'c', status: 'MORE_INFO_REQUESTED', infoRequests: [{ id: 'r2', dueOn: '2026-11-24', respondedAt: null }] },
  { id: 'd', status: 'SUBMITTED', infoRequests: [] },
  { id: 'e', status: 'RETURNED', infoRequests: [] },
  { id: 'f', status: 'WITHDRAWN', infoRequests: [] },
];

describe('member workbench counts', () => {
  it('counts what waits for the member and what waits for the association', () => {
    const titles = [{ titleStatus: 'EXPIRING_THIS_YEAR' }, { titleStatus: 'VALID' }];
    expect(workbenchCounts(apps, titles, '2026-11-26')).toEqual({
      drafts: 1,
      returned: 1,
      infoRequests: 2,
      inProgress: 1,
      expiring: 1,
    });
  });

  it('lists only unanswered requests, soonest due first, marking those overdue', () => {
    const open = openInfoRequests(apps, '2026-11-26');
    expect(open.map((r) => [r.id, r.application.id, r.overdue])).toEqual([
      ['r2', 'c', true],
      ['r1', 'b', false],
    ]);
  });

  it('names the next step of each status, and only some are the member’s', () => {
    expect(nextActionKey('RETURNED')).toBe('RETURNED');
    expect(nextActionKey('WITHDRAWN')).toBe('other');
    expect(['DRAFT', 'RETURNED', 'MORE_INFO_REQUESTED', 'SUBMITTED'].map(needsMember)).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });
});
