import type { IsoDate } from '../shared/iso-date';
import { accreditationStatusOn, type HeldTitle } from '../title/title-validity';
import { drawSample } from './draw-sample';

/** A title as the spot-check draw sees it. */
export type SpotCheckTitle = HeldTitle & { id: string };

/**
 * Art. 13 draws from accredited platforms: the ids of titles valid on `date` (VALID: between
 * validFrom and validUntil) that carry no revocation — not even one decided but taking effect
 * later, since that title is already being revoked. Sorted by code unit and de-duplicated, so the
 * population (and with it the draw) does not depend on the order titles were loaded in.
 */
export function spotCheckPopulation(titles: readonly SpotCheckTitle[], date: IsoDate): string[] {
  const ids = titles
    .filter((t) => t.revocation === null && accreditationStatusOn(t, date, null) === 'VALID')
    .map((t) => t.id);
  return [...new Set(ids)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export type DrawSpotCheckInput = {
  titles: readonly SpotCheckTitle[];
  /** The draw date: only titles valid and unrevoked on it are drawn. */
  on: IsoDate;
  size: number;
  seed: string;
  stratifyBy?: (id: string) => string;
};

/**
 * The population of the day, then `drawSample` on it. Record `population` and `seed` with the
 * campaign: the same seed over the same population draws the same sample.
 */
export function drawSpotCheckSample(input: DrawSpotCheckInput): { population: string[]; sample: string[] } {
  const population = spotCheckPopulation(input.titles, input.on);
  const sample = drawSample({
    population,
    size: input.size,
    seed: input.seed,
    ...(input.stratifyBy ? { stratifyBy: input.stratifyBy } : {}),
  });
  return { population, sample };
}

/**
 * Art. 13 (抽查不合格的平台将撤销示范平台称号) is mandatory: a failed check opens a revocation on
 * the FAILED_SPOT_CHECK ground that no one can dismiss; an administrator completes it with its
 * effective date. A passed check opens nothing.
 */
export function revocationForSpotCheck(
  outcome: 'PASSED' | 'FAILED',
): { reason: 'FAILED_SPOT_CHECK'; article: 'Art. 13'; dismissible: false } | null {
  return outcome === 'FAILED' ? { reason: 'FAILED_SPOT_CHECK', article: 'Art. 13', dismissible: false } : null;
}
