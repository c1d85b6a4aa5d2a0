export type Verdict = { code: string; confirmed: boolean };

/** A review's verdicts as stored on its assignment: { "<attestation code>": true|false }. */
export function verdictsOf(json: unknown): Verdict[] {
  if (!json || typeof json !== 'object') return [];
  return Object.entries(json as Record<string, unknown>)
    .filter(([, v]) => typeof v === 'boolean')
    .map(([code, confirmed]) => ({ code, confirmed: confirmed as boolean }));
}
