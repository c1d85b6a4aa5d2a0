import type { Viewer } from '../context.js';

// Who did it, for log lines: ids and roles, never e-mails, tokens or passwords.
export function actorForLog(
  viewer: Viewer | null,
): { userId: string; sessionId: string; roles: readonly string[] } | null {
  return viewer ? { userId: viewer.userId, sessionId: viewer.sessionId, roles: viewer.roles } : null;
}
