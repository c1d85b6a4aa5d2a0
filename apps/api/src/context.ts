import type { FastifyReply, FastifyRequest } from 'fastify';

export type Role = 'MEMBER' | 'UNIT_STAFF' | 'REVIEWER' | 'ADMIN' | 'ANALYST';

export type Viewer = {
  userId: string;
  sessionId: string;
  email: string;
  roles: readonly Role[];
  organisationId: string | null;
  unitId: string | null;
  /** Set when the request authenticated with a personal access token (read-only). */
  apiTokenId?: string;
};

// Per-request context: who is asking, and the HTTP pieces the auth mutations need
// (setting and clearing the session cookie).
export type Context = {
  viewer: Viewer | null;
  request: FastifyRequest;
  reply: FastifyReply;
  ip: string;
  /** The language the caller reads (from Accept-Language); messages are Chinese unless it is English. */
  locale: 'ZH_CN' | 'EN';
};

export function localeFromHeader(acceptLanguage: string | undefined): 'ZH_CN' | 'EN' {
  return /^\s*en\b/i.test(acceptLanguage ?? '') ? 'EN' : 'ZH_CN';
}

export function hasRole(viewer: Viewer | null, role: Role): boolean {
  return viewer !== null && viewer.roles.includes(role);
}
