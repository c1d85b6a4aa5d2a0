// The component columns of the ranking: one per named component, in the order the API gives
// them, headed by the component's name and the weight that made the score.

export type ComponentLike = { name: string; label: string; value: number; weight: number };

export type ComponentColumn = { name: string; label: string; weight: number };

/** The components of the ranking, in the order of the first candidate that has each; the weight is
 * the one the API used (the same for every candidate of one ranking). */
export function componentColumns(candidates: readonly { components: readonly ComponentLike[] }[]): ComponentColumn[] {
  const seen = new Map<string, ComponentColumn>();
  for (const candidate of candidates) {
    for (const { name, label, weight } of candidate.components) {
      if (!seen.has(name)) seen.set(name, { name, label, weight });
    }
  }
  return [...seen.values()];
}

/** A score or weight for display: at most two decimals, no trailing zeros. */
export function formatScore(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return String(Math.round(value * 100) / 100);
}

/** Weights as one line ("认定评审得分 30、公益性服务占比 20"), joined by the language's separator. */
export function weightsLine(weights: readonly { label: string; weight: number }[], separator: string): string {
  return weights.map((w) => `${w.label} ${formatScore(w.weight)}`).join(separator);
}
