import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role, Viewer } from '../context.js';
import { prisma, type Tx } from '../db.js';
import { securitySettings, sessionSettings } from '../settings.js';
import { bearerToken, viewerFromApiToken } from './api-token.js';

export const SESSION_COOKIE = 'sme_session';
// Under HTTPS the cookie is named with the __Host- prefix: browsers then accept it only with
// Secure, Path=/ and no Domain, so a sibling subdomain cannot plant or overwrite it.
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

// The cookie carries a random token; the database keeps only its SHA-256, so a leaked
// sessions table cannot be replayed as cookies.
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export type SessionSettings = { ttlHours: number; idleMinutes: number; cookieSecure: 'always' | 'never' | 'auto' };

export async function openSession(
  tx: Tx,
  userId: string,
  meta: { userAgent: string | undefined; ip: string; twoFactorVerified?: boolean },
  settings: SessionSettings,
): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const now = Date.now();
  const expiresAt = new Date(now + settings.ttlHours * 3_600_000);
  // Tidy as we go: a user's lapsed sessions go when they next sign in.
  await tx.session.deleteMany({ where: { userId, expiresAt: { lt: new Date(now) } } });
  const session = await tx.session.create({
    data: {
      tokenHash: hashToken(token),
      userId,
      expiresAt,
      userAgent: meta.userAgent?.slice(0, 500) ?? null,
      ip: meta.ip,
      twoFactorVerified: meta.twoFactorVerified ?? false,
    },
  });
  return { token, sessionId: session.id, expiresAt };
}

// A deployment is HTTPS when configured so (COOKIE_SECURE=true, or a PUBLIC_ORIGIN of https://,
// which app.ts turns into 'always') or, left on 'auto', when the request came over HTTPS.
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
  const secure = isSecureRequest(request, settings.cookieSecure);
  reply.setCookie(secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    expires: expiresAt,
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  if (request.cookies[SECURE_SESSION_COOKIE] !== undefined)
    reply.clearCookie(SECURE_SESSION_COOKIE, { path: '/', secure: true });
  if (request.cookies[SESSION_COOKIE] !== undefined || request.cookies[SECURE_SESSION_COOKIE] === undefined) {
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }
}

// Under HTTPS only the __Host- cookie counts: the unprefixed one can be planted by a sibling
// subdomain or a plain-HTTP response (session fixation), so it is ignored there. Over plain HTTP
// (development, a loopback test) browsers cannot keep a __Host- cookie; the unprefixed one counts.
export function sessionTokenOf(
  request: FastifyRequest,
  mode: SessionSettings['cookieSecure'] = sessionSettings().cookieSecure,
): string | undefined {
  return isSecureRequest(request, mode) ? request.cookies[SECURE_SESSION_COOKIE] : request.cookies[SESSION_COOKIE];
}

/** Ends the session the request's cookie names, whoever it belongs to (sign-in as another user). */
export async function endRequestSession(tx: Tx, request: FastifyRequest): Promise<void> {
  const token = sessionTokenOf(request);
  if (token) await tx.session.deleteMany({ where: { tokenHash: hashToken(token) } });
}

// Administrators act with the ADMIN role only in a session that passed a TOTP challenge, when
// configuration requires it. Until then they are signed in (to enrol) but hold no admin power.
export function effectiveRoles(roles: readonly Role[], twoFactorVerified: boolean): Role[] {
  if (!securitySettings().requireAdminTwoFactor || twoFactorVerified) return [...roles];
  return roles.filter((r) => r !== 'ADMIN');
}

export async function viewerFromRequest(
  request: FastifyRequest,
  settings: Pick<SessionSettings, 'idleMinutes'> & Partial<Pick<SessionSettings, 'cookieSecure'>> = sessionSettings(),
): Promise<Viewer | null> {
  // Scripts send a personal access token instead of the cookie.
  const bearer = bearerToken(request);
  if (bearer) {
    // Tokens read, never write. /graphql takes queries by POST too (readOnlyTokens refuses its
    // mutations); every other POST, PUT or DELETE (uploads, imports) treats a token as signed out.
    const readOnly = request.method === 'GET' || request.method === 'HEAD' || request.url.split('?')[0] === '/graphql';
    return readOnly ? viewerFromApiToken(request, bearer) : null;
  }
  const token = sessionTokenOf(request, settings.cookieSecure);
  if (!token) return null;
  // Every request runs this: load only what the viewer needs (not the password hash, the sealed
  // TOTP secret and the rest of the user row).
  const session = await prisma().session.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      expiresAt: true,
      lastSeenAt: true,
      twoFactorVerified: true,
      user: { select: { id: true, email: true, active: true, roles: true, organisationId: true, unitId: true } },
    },
  });
  const now = Date.now();
  if (!session || session.expiresAt.getTime() <= now || !session.user.active) return null;
  const idleMs = settings.idleMinutes * 60_000;
  if (now - session.lastSeenAt.getTime() > idleMs) {
    // Idle too long: the session ends for good, not just for this request.
    await prisma().session.deleteMany({ where: { id: session.id } });
    return null;
  }
  // Refreshing lastSeenAt on every request would turn each read into a write; a fraction of
  // the idle timeout (at most five minutes) keeps the timeout accurate enough.
  if (now - session.lastSeenAt.getTime() > Math.min(5 * 60_000, idleMs / 6)) {
    await prisma().session.update({ where: { id: session.id }, data: { lastSeenAt: new Date(now) } });
  }
  return {
    userId: session.user.id,
    sessionId: session.id,
    email: session.user.email,
    roles: effectiveRoles(session.user.roles as Role[], session.twoFactorVerified),
    organisationId: session.user.organisationId,
    unitId: session.user.unitId,
  };
}
