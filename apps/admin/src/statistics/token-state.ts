export type TokenState = 'active' | 'revoked' | 'expired';

/** What the list says about a token: revoked wins over expired (both refuse every request). */
export function tokenState(token: { revokedAt: string | null; expiresAt: string }, now: Date): TokenState {
  if (token.revokedAt !== null) return 'revoked';
  return new Date(token.expiresAt).getTime() <= now.getTime() ? 'expired' : 'active';
}
