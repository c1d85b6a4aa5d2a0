import { describe, expect, it } from 'vitest';
import { checkServiceRecord, isPublicWelfareService, recordsEditable } from './service-record';

const title = { validFrom: '2025-03-01', validUntil: '2028-02-28' };

describe('checkServiceRecord (Art. 12)', () => {
  it('accepts a free public-welfare service delivered while the title is held', () => {
    expect(
      checkServiceRecord(
        { date: '2026-05-01', kind: 'PUBLIC_WELFARE_SERVICE', enterprisesServed: 12, free: true },
        title,
        '2026-06-01',
      ),
    ).toBeNull();
  });
  it('refuses a service dated after today, before the award, or after the revocation took effect', () => {
    const on = (date: string, t = title) =>
      checkServiceRecord({ date, kind: 'OTHER_SERVICE', enterprisesServed: 1, free: false }, t, '2026-06-01')?.code;
    expect(on('2026-06-02')).toBe('SERVICE_DATE_IN_FUTURE');
    expect(on('2025-02-28')).toBe('SERVICE_OUTSIDE_TITLE');
    expect(on('2026-04-30', { ...title, revokedOn: '2026-04-30' } as never)).toBe('SERVICE_OUTSIDE_TITLE');
    expect(on('2026-04-29', { ...title, revokedOn: '2026-04-30' } as never)).toBeUndefined();
  });
  it('refuses a charged public-welfare service, citing Art. 12', () => {
    expect(
      checkServiceRecord(
        { date: '2026-05-01', kind: 'PUBLIC_WELFARE_SERVICE', enterprisesServed: 3, free: false },
        title,
        '2026-06-01',
      ),
    ).toMatchObject({ code: 'PUBLIC_WELFARE_NOT_FREE', article: 'Art. 12' });
  });
  it('counts a free service as public-welfare, whatever its kind', () => {
    expect(isPublicWelfareService({ free: true })).toBe(true);
    expect(isPublicWelfareService({ free: false })).toBe(false);
  });
  it('keeps the records editable until the report is submitted, and again once returned', () => {
    expect(recordsEditable(null)).toBe(true);
    expect(recordsEditable('DRAFT')).toBe(true);
    expect(recordsEditable('SUBMITTED')).toBe(false);
    expect(recordsEditable('ACCEPTED')).toBe(false);
    expect(recordsEditable('RETURNED')).toBe(true);
  });
});
