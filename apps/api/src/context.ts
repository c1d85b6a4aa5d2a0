import type { FastifyReply, FastifyRequest } from 'fastify';

export type Role = 'MEMBER' | 'UNIT_STAFF' | 'REVIEWER' | 'ADMIN' | 'ANALYST';

export type Viewer = {
  userId: string;
  sessionId: string;
  email: string;
  roles: readonly Role[];
  organisationId: string | null;
  unitId: string | null;
};

// Per-request context: who is asking, and the HTTP pieces the auth mutations need
// (setting and clearing the session cookie).
export type Context = {
  viewer: Viewer | null;
  request: FastifyRequest;
  reply: FastifyReply;
  ip: string;
};

export function hasRole(viewer: Viewer | null, role: Role): boolean {
  return viewer !== null && viewer.roles.includes(role);
}
