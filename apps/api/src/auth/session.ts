import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role, Viewer } from '../context.js';
import { prisma, type Tx } from '../db.js';
import { bearerToken, viewerFromApiToken } from './api-token.js';

export const SESSION_COOKIE = 'sme_session';

// The cookie carries a random token; the database keeps only its SHA-256, so a leaked
// sessions table cannot be replayed as cookies.
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export type SessionSettings = { ttlHours: number; idleMinutes: number; cookieSecure: 'always' | 'never' | 'auto' };

export async function openSession(
  tx: Tx,
  userId: string,
  meta: { userAgent: string | undefined; ip: string },
  settings: SessionSettings,
): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const now = Date.now();
  const expiresAt = new Date(now + settings.ttlHours * 3_600_000);
  // Tidy as we go: a user's lapsed sessions go when they next sign in.
  await tx.session.deleteMany({ where: { userId, expiresAt: { lt: new Date(now) } } });
  const session = await tx.session.create({
    data: { tokenHash: hashToken(token), userId, expiresAt, userAgent: meta.userAgent?.slice(0, 500) ?? null, ip: meta.ip },
  });
  return { token, sessionId: session.id, expiresAt };
}

function isSecureRequest(request: FastifyRequest, mode: SessionSettings['cookieSecure']): boolean {
  if (mode !== 'auto') return mode === 'always';
  return request.protocol === 'https';
}

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  expiresAt: Date,
  settings: SessionSettings,
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecureRequest(request, settings.cookieSecure),
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

// Refreshing lastSeenAt on every request would turn each read into a write; once a few
// minutes is enough to show "last active" to administrators.
const LAST_SEEN_RESOLUTION_MS = 5 * 60_000;

export async function viewerFromRequest(request: FastifyRequest): Promise<Viewer | null> {
  // Scripts send a personal access token instead of the cookie (issue #12).
  const bearer = bearerToken(request);
  if (bearer) return viewerFromApiToken(request, bearer);
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return null;
  const session = await prisma().session.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { user: true },
  });
  const now = Date.now();
  if (!session || session.expiresAt.getTime() <= now || !session.user.active) return null;
  if (now - session.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await prisma().session.update({ where: { id: session.id }, data: { lastSeenAt: new Date(now) } });
  }
  return {
    userId: session.user.id,
    sessionId: session.id,
    email: session.user.email,
    roles: session.user.roles as Role[],
    organisationId: session.user.organisationId,
    unitId: session.user.unitId,
  };
}
