import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, compareIsoDates, fromEpochDay, toEpochDay } from '../shared/iso-date';
import {
  accreditationStatusOn,
  canApplyForRenewal,
  canFileNewApplication,
  renewalValidity,
  renewalWindow,
  validityOf,
  type HeldTitle,
} from './title-validity';

describe('validity (Art. 11)', () => {
  it('runs to the day before the third anniversary', () => {
    expect(validityOf('2026-01-01')).toEqual({ validFrom: '2026-01-01', validUntil: '2028-12-31' });
    expect(validityOf('2025-12-31')).toEqual({ validFrom: '2025-12-31', validUntil: '2028-12-30' });
    expect(validityOf('2025-03-01')).toEqual({ validFrom: '2025-03-01', validUntil: '2028-02-29' });
    expect(validityOf('2025-02-28').validUntil).toBe('2028-02-27');
  });

  it('gives a 29 February award the whole of February three years on (decision)', () => {
    expect(validityOf('2024-02-29').validUntil).toBe('2027-02-28');
    expect(validityOf('2028-02-29').validUntil).toBe('2031-02-28');
  });

  it('opens renewal for the whole calendar year in which validity ends', () => {
    expect(renewalWindow('2027-02-28')).toEqual({ opensOn: '2027-01-01', closesOn: '2027-12-31' });
    const title = (validUntil: string) => ({ validUntil, revocation: null });
    expect(canApplyForRenewal(title('2028-12-31'), '2028-01-01').ok).toBe(true);
    expect(canApplyForRenewal(title('2028-12-31'), '2028-12-31').ok).toBe(true);
    expect(canApplyForRenewal(title('2028-03-31'), '2028-11-30').ok).toBe(true); // after expiry, same year
    const early = canApplyForRenewal(title('2028-12-31'), '2027-12-31');
    expect(early).toMatchObject({
      ok: false,
      error: { code: 'OUTSIDE_RENEWAL_WINDOW', article: 'Art. 11', opensOn: '2028-01-01' },
    });
    if (!early.ok)
      expect(early.error.message.zhCN).toBe(
        '第十一条：称号有效期至2028年12月31日，只能在有效期满当年（2028年1月1日至2028年12月31日）再次申报。',
      );
    expect(canApplyForRenewal(title('2028-12-31'), '2029-01-01').ok).toBe(false);
  });

  it('starts a renewal the day after the old validity ends, or on its award date if later', () => {
    expect(renewalValidity('2028-12-31', '2028-10-15')).toEqual({ validFrom: '2029-01-01', validUntil: '2031-12-31' });
    expect(renewalValidity('2028-03-31', '2028-11-20')).toEqual({ validFrom: '2028-11-20', validUntil: '2031-11-19' });
    expect(renewalValidity('2028-02-28', '2027-12-01')).toEqual({ validFrom: '2028-02-29', validUntil: '2031-02-28' });
    expect(renewalValidity('2027-02-28', '2027-01-10')).toEqual({ validFrom: '2027-03-01', validUntil: '2030-02-28' });
  });

  it('reports status on a date, with revocation effective from its effective date', () => {
    const v = validityOf('2026-01-01');
    expect(accreditationStatusOn(v, '2025-12-31')).toBe('NOT_YET_VALID');
    expect(accreditationStatusOn(v, '2026-01-01')).toBe('VALID');
    expect(accreditationStatusOn(v, '2028-12-31')).toBe('VALID');
    expect(accreditationStatusOn(v, '2029-01-01')).toBe('EXPIRED');
    const revocation = { effectiveOn: '2027-06-01' };
    expect(accreditationStatusOn(v, '2027-05-31', revocation)).toBe('VALID');
    expect(accreditationStatusOn(v, '2027-06-01', revocation)).toBe('REVOKED');
    expect(accreditationStatusOn(v, '2030-01-01', revocation)).toBe('REVOKED');
    // A revocation dated after expiry changes nothing.
    expect(accreditationStatusOn(v, '2029-02-01', { effectiveOn: '2029-01-15' })).toBe('EXPIRED');
    expect(accreditationStatusOn(v, '2026-06-01', null)).toBe('VALID');
  });

  it('property: validity always lasts three years, and a renewal never overlaps nor ends before the old one', () => {
    const date = fc.integer({ min: toEpochDay('2000-01-01'), max: toEpochDay('2100-12-31') }).map(fromEpochDay);
    fc.assert(
      fc.property(date, fc.integer({ min: -400, max: 400 }), (awardedOn, delay) => {
        const v = validityOf(awardedOn);
        const days = toEpochDay(v.validUntil) - toEpochDay(v.validFrom) + 1;
        expect(days === 1095 || days === 1096).toBe(true);
        const r = renewalValidity(v.validUntil, addDays(v.validUntil, delay));
        expect(compareIsoDates(r.validFrom, v.validUntil)).toBeGreaterThan(0);
        expect(compareIsoDates(r.validUntil, v.validUntil)).toBeGreaterThan(0);
      }),
    );
  });
});

describe('renewal of a revoked title (Art. 11)', () => {
  it('refuses it whatever the date, naming Art. 11', () => {
    const revoked = { validUntil: '2028-12-31', revocation: { effectiveOn: '2027-06-01' } };
    const result = canApplyForRenewal(revoked, '2028-03-01');
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'REVOKED_CANNOT_RENEW', article: 'Art. 11', effectiveOn: '2027-06-01' },
    });
    if (!result.ok) {
      expect(result.error.message.zhCN).toContain('2027年6月1日撤销');
      expect(result.error.message.en).toContain('revoked');
    }
  });

  it('property: a revoked title is never renewable; an unrevoked one exactly in its expiry year', () => {
    const day = fc.integer({ min: toEpochDay('2020-01-01'), max: toEpochDay('2035-12-31') }).map(fromEpochDay);
    fc.assert(
      fc.property(day, day, fc.option(day, { nil: null }), (validUntil, submittedOn, effectiveOn) => {
        const result = canApplyForRenewal(
          { validUntil, revocation: effectiveOn ? { effectiveOn } : null },
          submittedOn,
        );
        expect(result.ok).toBe(effectiveOn === null && validUntil.slice(0, 4) === submittedOn.slice(0, 4));
        if (!result.ok) expect(result.error.article).toBe('Art. 11');
      }),
    );
  });
});

describe('canFileNewApplication (Art. 11: renew, do not re-apply, while a title is valid)', () => {
  const held = (awardedOn: string, revokedOn: string | null = null): HeldTitle => ({
    ...validityOf(awardedOn),
    revocation: revokedOn ? { effectiveOn: revokedOn } : null,
  });

  it('lets an organisation without titles, or with only expired or revoked ones, apply', () => {
    expect(canFileNewApplication([], '2026-11-25').ok).toBe(true);
    expect(canFileNewApplication([held('2022-06-01')], '2026-11-25').ok).toBe(true); // expired 2025-05-31
    expect(canFileNewApplication([held('2025-06-01', '2026-01-10')], '2026-11-25').ok).toBe(true);
  });

  it('refuses while a title is valid, pointing to the renewal year', () => {
    const result = canFileNewApplication([held('2022-06-01'), held('2025-06-01')], '2026-11-25');
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'HOLDS_VALID_TITLE', article: 'Art. 11', validUntil: '2028-05-31', renewalYear: 2028 },
    });
    if (!result.ok)
      expect(result.error.message.zhCN).toBe(
        '第十一条：贵单位持有的示范平台称号有效期至2028年5月31日，有效期内不能提交新的申报，可在有效期满当年（2028年）再次申报。',
      );
    // On its last day the title is still valid; the day after, a new application is possible.
    expect(canFileNewApplication([held('2025-06-01')], '2028-05-31').ok).toBe(false);
    expect(canFileNewApplication([held('2025-06-01')], '2028-06-01').ok).toBe(true);
    // A revocation that takes effect later does not yet free the organisation.
    expect(canFileNewApplication([held('2025-06-01', '2027-01-01')], '2026-11-25').ok).toBe(false);
  });

  it('in the expiry year (of the round applied to), points to renewal instead', () => {
    const result = canFileNewApplication([held('2023-06-01')], '2026-03-02');
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'HOLDS_VALID_TITLE', article: 'Art. 11', renewalYear: 2026 },
    });
    if (!result.ok)
      expect(result.error.message.zhCN).toBe(
        '第十一条：贵单位持有的示范平台称号有效期至2026年5月31日，2026年是有效期满当年，请通过再次申报办理，不能提交新的申报。',
      );
    // Drafted in December for a round of the expiry year: the round's year decides the message.
    const drafted = canFileNewApplication([held('2024-06-01')], '2026-12-08', 2027);
    if (!drafted.ok) expect(drafted.error.message.zhCN).toContain('2027年是有效期满当年');
    expect(drafted.ok).toBe(false);
  });

  it('property: refused exactly when some title is active or not yet started on the day', () => {
    const day = fc.integer({ min: toEpochDay('2020-01-01'), max: toEpochDay('2032-12-31') }).map(fromEpochDay);
    const title = fc.tuple(day, fc.option(day, { nil: null })).map(([a, r]) => held(a, r));
    fc.assert(
      fc.property(fc.array(title, { maxLength: 4 }), day, (titles, today) => {
        const holds = titles.some((t) =>
          ['VALID', 'NOT_YET_VALID'].includes(accreditationStatusOn(t, today, t.revocation)),
        );
        expect(canFileNewApplication(titles, today).ok).toBe(!holds);
      }),
    );
  });
});
