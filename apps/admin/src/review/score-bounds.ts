/** A score the reviewer typed, checked against its criterion's maximum (Art. 8 score sheet): a
 * value above the maximum is refused with a message, never silently lowered to it. */
export function scoreProblem(value: unknown, maxScore: number): 'aboveMax' | 'belowZero' | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  if (value > maxScore) return 'aboveMax';
  if (value < 0) return 'belowZero';
  return null;
}
