import { describe, expect, it } from 'vitest';
import { awardBlocker, awardedFunctions, isNoticeRunning, noticeNotRunning } from './notice-facts.js';

const notice = { publishedOn: '2026-11-02', startsOn: '2026-11-02', endsOn: '2026-11-06', status: 'PUBLISHED' };

describe('notice facts (Art. 8)', () => {
  it('runs from the publication date through the last working day, both included', () => {
    expect(isNoticeRunning(notice, '2026-11-01')).toBe(false);
    expect(isNoticeRunning(notice, '2026-11-02')).toBe(true);
    expect(isNoticeRunning(notice, '2026-11-06')).toBe(true);
    expect(isNoticeRunning(notice, '2026-11-07')).toBe(false);
  });

  it('refuses objections outside the period naming when it ran, in Chinese dates', () => {
    expect(noticeNotRunning(notice, '2026-11-04')).toBeNull();
    const refusal = noticeNotRunning(notice, '2026-11-09');
    expect(refusal?.code).toBe('NOTICE_NOT_RUNNING');
    expect(refusal?.article).toBe('Art. 8');
    expect(refusal?.message.zhCN).toContain('2026年11月2日至2026年11月6日');
  });

  it('blocks the award until the period is over and every objection is resolved', () => {
    const clean = { status: 'IN_PUBLIC_NOTICE' as const, counts: { pending: 0, upheld: 0 } };
    expect(awardBlocker(notice, [clean], '2026-11-06')?.code).toBe('NOTICE_NOT_OVER');
    expect(awardBlocker(notice, [clean], '2026-11-07')).toBeNull();
    expect(
      awardBlocker(notice, [clean, { status: 'IN_PUBLIC_NOTICE', counts: { pending: 1, upheld: 0 } }], '2026-11-07')
        ?.code,
    ).toBe('OBJECTION_PENDING');
    // An upheld objection does not block: that entry fails, the others are awarded.
    expect(
      awardBlocker(notice, [clean, { status: 'IN_PUBLIC_NOTICE', counts: { pending: 0, upheld: 1 } }], '2026-11-07'),
    ).toBeNull();
    expect(awardBlocker({ ...notice, status: 'CLOSED' }, [clean], '2026-11-07')?.code).toBe('NOTICE_CLOSED');
  });

  it('awards the declared functions that met Art. 6, in the order of Art. 4', () => {
    expect(
      awardedFunctions(['TRAINING', 'INFORMATION', 'FINANCING'], { qualifiedFunctions: ['TRAINING', 'INFORMATION'] }),
    ).toEqual(['INFORMATION', 'TRAINING']);
    // A snapshot cannot add a function that was not declared.
    expect(awardedFunctions(['TRAINING'], { qualifiedFunctions: ['TRAINING', 'STARTUP'] })).toEqual(['TRAINING']);
    expect(awardedFunctions(['TRAINING', 'STARTUP'], null)).toEqual(['STARTUP', 'TRAINING']);
  });
});
