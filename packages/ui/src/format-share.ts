/**
 * A share as a percentage with at most one decimal ("42.9%", "100%"), or "—" when there is
 * nothing to divide (no services recorded): a share of nothing is not 0%. Used for the
 * public-welfare share of a platform's services (Art. 12) in both front ends.
 */
export function formatShare(part: number, whole: number): string {
  if (!Number.isFinite(part) || !Number.isFinite(whole) || whole <= 0) return '—';
  const percent = Math.round((Math.max(0, part) / whole) * 1000) / 10;
  return `${Number.isInteger(percent) ? percent.toFixed(0) : percent.toFixed(1)}%`;
}

/** A share given as a fraction (0.4285…) or null, as the API's figures carry it. */
export function formatFraction(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return formatShare(value * 1000, 1000);
}
