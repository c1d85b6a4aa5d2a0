import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromEpochDay, toEpochDay } from '../shared/iso-date';
import { accreditationStatusOn, validityOf } from '../title/title-validity';
import { drawSample } from './draw-sample';
import {
  drawSpotCheckSample,
  revocationForSpotCheck,
  spotCheckPopulation,
  type SpotCheckTitle,
} from './spot-check-population';

const title = (id: string, awardedOn: string, revokedOn: string | null = null): SpotCheckTitle => ({
  id,
  ...validityOf(awardedOn),
  revocation: revokedOn ? { effectiveOn: revokedOn } : null,
});

describe('spotCheckPopulation (Art. 13)', () => {
  const titles = [
    title('c-active', '2025-01-10'),
    title('a-active', '2024-12-01'),
    title('expired', '2022-01-01'), // until 2024-12-31
    title('revoked', '2025-01-10', '2026-03-01'),
    title('being-revoked', '2025-01-10', '2027-01-01'),
    title('future', '2026-12-01'),
    title('last-day', '2023-11-26'), // until 2026-11-25
  ];

  it('draws only from titles valid and unrevoked on the draw date, in a fixed order', () => {
    expect(spotCheckPopulation(titles, '2026-11-25')).toEqual(['a-active', 'c-active', 'last-day']);
    expect(spotCheckPopulation(titles, '2026-11-26')).toEqual(['a-active', 'c-active']);
    expect(spotCheckPopulation([...titles].reverse(), '2026-11-25')).toEqual(spotCheckPopulation(titles, '2026-11-25'));
  });

  it('draws the same sample from the same seed and titles, whatever their order', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      title(`t-${String(i).padStart(2, '0')}`, i % 5 === 0 ? '2020-01-01' : '2025-06-01'),
    );
    const first = drawSpotCheckSample({ titles: many, on: '2026-11-25', size: 5, seed: 'campaign-2026' });
    const again = drawSpotCheckSample({
      titles: [...many].reverse(),
      on: '2026-11-25',
      size: 5,
      seed: 'campaign-2026',
    });
    expect(again).toEqual(first);
    expect(first.population).toHaveLength(32);
    // Anyone can re-draw from the recorded population and seed.
    expect(drawSample({ population: first.population, size: 5, seed: 'campaign-2026' })).toEqual(first.sample);
  });

  it('property: the sample only holds titles active and unrevoked on the day', () => {
    const day = fc.integer({ min: toEpochDay('2020-01-01'), max: toEpochDay('2030-12-31') }).map(fromEpochDay);
    const arb = fc
      .array(fc.tuple(day, fc.option(day, { nil: null })), { maxLength: 25 })
      .map((rows) => rows.map(([a, r], i) => title(`t${i}`, a, r)));
    fc.assert(
      fc.property(arb, day, fc.integer({ min: 0, max: 30 }), fc.string(), (titles, on, size, seed) => {
        const { population, sample } = drawSpotCheckSample({ titles, on, size, seed });
        const byId = new Map(titles.map((t) => [t.id, t]));
        for (const id of sample) {
          const t = byId.get(id);
          expect(t?.revocation).toBeNull();
          expect(t && accreditationStatusOn(t, on, t.revocation)).toBe('VALID');
        }
        expect(population.length).toBe(
          titles.filter((t) => t.revocation === null && accreditationStatusOn(t, on) === 'VALID').length,
        );
        expect(sample.length).toBe(Math.min(size, population.length));
      }),
    );
  });

  it('opens an undismissable revocation for a failed check only (Art. 13 is mandatory)', () => {
    expect(revocationForSpotCheck('FAILED')).toEqual({
      reason: 'FAILED_SPOT_CHECK',
      article: 'Art. 13',
      dismissible: false,
    });
    expect(revocationForSpotCheck('PASSED')).toBeNull();
  });
});
