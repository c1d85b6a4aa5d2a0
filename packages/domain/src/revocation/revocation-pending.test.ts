import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createWorkingDayCalendar } from '../calendar/working-day-calendar';
import { addDays } from '../shared/iso-date';
import {
  isOpenRevocationOverdue,
  isRevocationPending,
  renewedTitleBlocker,
  revocationPendingError,
  workingDaysSince,
} from './revocation-pending';

const title = { organisationName: '测试平台', certificateNumber: '2025010001' };

describe('isRevocationPending (Arts. 11, 13: 撤销办理中)', () => {
  it('is pending while open, and while completed but not yet in effect', () => {
    expect(isRevocationPending(null, '2026-12-08')).toBe(false);
    expect(isRevocationPending({ status: 'OPEN', effectiveOn: null }, '2026-12-08')).toBe(true);
    expect(isRevocationPending({ status: 'COMPLETED', effectiveOn: '2026-12-09' }, '2026-12-08')).toBe(true);
    // From its effective date the title is revoked, no longer being revoked.
    expect(isRevocationPending({ status: 'COMPLETED', effectiveOn: '2026-12-08' }, '2026-12-08')).toBe(false);
    expect(isRevocationPending({ status: 'COMPLETED', effectiveOn: '2026-01-01' }, '2026-12-08')).toBe(false);
  });

  it('property: a completed revocation is pending exactly before its effective date', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), (offset) => {
        const effectiveOn = addDays('2026-12-08', offset);
        expect(isRevocationPending({ status: 'COMPLETED', effectiveOn }, '2026-12-08')).toBe(offset > 0);
      }),
    );
  });
});

describe('overdue open revocations (working days on the statutory calendar)', () => {
  const calendar = createWorkingDayCalendar();
  it('counts working days after the opening day, skipping weekends and public holidays', () => {
    // Opened Monday 2026-09-28: 29 and 30 September are working days, 1–7 October the National Day
    // holiday, 8 and 9 October working days (9 October 2026 is a Friday).
    expect(workingDaysSince('2026-09-28', '2026-09-28', calendar)).toBe(0);
    expect(workingDaysSince('2026-09-28', '2026-10-07', calendar)).toBe(2);
    expect(workingDaysSince('2026-09-28', '2026-10-09', calendar)).toBe(4);
  });

  it('is overdue after more than the limit, only while open', () => {
    // Opened Monday 2026-11-02: the 10th working day after it is Monday 2026-11-16.
    expect(isOpenRevocationOverdue({ status: 'OPEN', openedOn: '2026-11-02' }, '2026-11-16', calendar)).toBe(false);
    expect(isOpenRevocationOverdue({ status: 'OPEN', openedOn: '2026-11-02' }, '2026-11-17', calendar)).toBe(true);
    expect(isOpenRevocationOverdue({ status: 'COMPLETED', openedOn: '2026-11-02' }, '2027-06-01', calendar)).toBe(
      false,
    );
    expect(isOpenRevocationOverdue({ status: 'OPEN', openedOn: '2026-11-02' }, '2026-11-05', calendar, 2)).toBe(true);
  });
});

describe('renewedTitleBlocker (Art. 11 at every step of a renewal)', () => {
  it('lets a renewal of a title without revocation go on', () => {
    expect(renewedTitleBlocker({ ...title, revocation: null }, '2026-12-08')).toBeNull();
  });

  it('refuses a title being revoked with REVOCATION_PENDING and a revoked one with REVOKED_CANNOT_RENEW, in Chinese throughout', () => {
    const open = renewedTitleBlocker({ ...title, revocation: { status: 'OPEN', effectiveOn: null } }, '2026-12-08');
    expect(open).toMatchObject({ code: 'REVOCATION_PENDING', article: 'Art. 11' });
    expect(open?.message.zhCN).toBe(
      '第十一条：测试平台的示范平台称号（证书编号2025010001）正在撤销（撤销办理中），不能再次申报；称号撤销后，可在以后的批次重新申报。',
    );
    const later = renewedTitleBlocker(
      { ...title, revocation: { status: 'COMPLETED', effectiveOn: '2026-12-20' } },
      '2026-12-08',
    );
    expect(later).toMatchObject({ code: 'REVOCATION_PENDING' });
    expect(later?.message.zhCN).toContain('2026年12月20日');
    const revoked = renewedTitleBlocker(
      { ...title, revocation: { status: 'COMPLETED', effectiveOn: '2026-12-01' } },
      '2026-12-08',
    );
    expect(revoked).toMatchObject({ code: 'REVOKED_CANNOT_RENEW', article: 'Art. 11' });
    expect(revoked?.message.zhCN).toContain('已于2026年12月1日撤销');
    for (const m of [open, later, revoked]) expect(m?.message.zhCN).not.toMatch(/[A-Za-z]{3,}|\d{4}-\d{2}-\d{2}|复核/);
  });

  it('names Art. 14 for a national recommendation', () => {
    const e = revocationPendingError('Art. 14', { ...title, revocation: { status: 'OPEN', effectiveOn: null } });
    expect(e).toMatchObject({ code: 'REVOCATION_PENDING', article: 'Art. 14' });
    expect(e.message.zhCN.startsWith('第十四条：')).toBe(true);
  });
});
