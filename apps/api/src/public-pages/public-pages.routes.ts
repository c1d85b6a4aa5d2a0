import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { SERVICE_FUNCTIONS } from '@sme/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { graphql } from 'graphql';
import { SECURE_SESSION_COOKIE, SESSION_COOKIE } from '../auth/session.js';
import type { Context } from '../context.js';
import { schema } from '../schema.js';
import { renderPage, type Association } from './layout.js';
import {
  frontBody,
  noticesBody,
  registerBody,
  registrationBody,
  verifyBody,
  type CertificateCheck,
  type PublicNotice,
  type RegisterQuery,
  type RegisterRow,
  type RevokedRow,
} from './pages.js';
import { formsScript } from './forms-script.js';
import { textsFor, type Lang } from './texts.js';

/**
 * The pages a visitor opens first — often on a phone, from a certificate's QR code — answered
 * as HTML from here, with the answer in it and no application script: `/` (the public pages'
 * ways in and the sign-in form), `/register` (机构注册), `/public/verify`, `/public/notices`,
 * `/public/register`. The two forms work through one small script of their own (browser/forms.ts).
 * Their data comes from the same public GraphQL queries the portal asks, run in process, so
 * both show the same facts. The portal itself answers the same addresses when the visitor is
 * signed in (the session cookie), and when a notice's objection button asks for its form
 * (`?object=<entry>`): the portal opens the objection dialog for that entry (Art. 8).
 * Registered in the portal's scope (http/static-assets.ts), where `sendFile` serves its dist.
 */
export async function registerPublicPages(app: FastifyInstance, dist: string): Promise<void> {
  const portal = (reply: FastifyReply) =>
    reply.header('cache-control', 'no-cache').type('text/html').sendFile('index.html', dist);
  const signedIn = (request: FastifyRequest) =>
    request.cookies[SESSION_COOKIE] !== undefined || request.cookies[SECURE_SESSION_COOKIE] !== undefined;

  // The forms' script, named by its content so that it is cached for good.
  const script = await formsScript();
  const scriptPath = `/light/forms.${createHash('sha256').update(script).digest('hex').slice(0, 10)}.js`;
  app.get(scriptPath, async (request, reply) => {
    reply.header('cache-control', 'public, max-age=31536000, immutable');
    return send(request, reply, 'text/javascript; charset=utf-8', script);
  });

  app.get('/', async (request, reply) => {
    if (signedIn(request)) return portal(reply);
    const page = await prepare(request, reply);
    return page.send(page.t.front.title, '/', undefined, frontBody(page), [scriptPath]);
  });

  app.get('/register', async (request, reply) => {
    if (signedIn(request)) return portal(reply);
    const page = await prepare(request, reply);
    return page.send(page.t.registration.title, '/register', undefined, registrationBody(page), [scriptPath]);
  });

  app.get('/public/verify', async (request, reply) => {
    if (signedIn(request)) return portal(reply);
    const page = await prepare(request, reply);
    const number = normaliseCertificateNumber(page.query('number'));
    let check: CertificateCheck | undefined;
    if (number) {
      const data = await page.ask<{ certificate: CertificateCheck }>(
        `query ($number: String!) { certificate(number: $number) { number status organisationName functions awardedOn validFrom validUntil revokedOn revocationPending } }`,
        { number },
      );
      check = data.certificate;
    }
    const path = number ? `/public/verify?number=${encodeURIComponent(number)}` : '/public/verify';
    return page.send(page.t.verify.title, path, '/public/verify', verifyBody(page, number, check));
  });

  app.get('/public/notices', async (request, reply) => {
    if (signedIn(request) || page0(request, 'object')) return portal(reply);
    const page = await prepare(request, reply);
    const data = await page.ask<{ publicNotices: PublicNotice[] }>(
      `{ publicNotices { id title body publishedOn evidenceUrl startsOn endsOn workingDays running over
         entries { id organisationName region functions isRenewal } } }`,
    );
    return page.send(page.t.notices.title, '/public/notices', '/public/notices', noticesBody(page, data.publicNotices));
  });

  app.get('/public/register', async (request, reply) => {
    if (signedIn(request)) return portal(reply);
    const page = await prepare(request, reply);
    const requestedSize = Number(page.query('pageSize'));
    const q: RegisterQuery = {
      name: page.query('name').trim(),
      function: (SERVICE_FUNCTIONS as readonly string[]).includes(page.query('function')) ? page.query('function') : '',
      region: page.query('region').trim(),
      page: Math.max(1, Math.floor(Number(page.query('page')) || 1)),
      pageSize: Number.isInteger(requestedSize) && requestedSize >= 1 && requestedSize <= 100 ? requestedSize : 20,
    };
    const filters = { name: q.name || null, function: q.function || null, region: q.region || null };
    // The page's cursor: the last of the rows before it (the portal's list pages the same way).
    let after: string | null = null;
    let skipped = 0;
    const skip = (q.page - 1) * q.pageSize;
    while (skipped < skip) {
      const first = Math.min(100, skip - skipped);
      const cursors: { register: { edges: { cursor: string }[] } } = await page.ask(
        `query ($name: String, $function: ServiceFunction, $region: String, $first: Int, $after: String) {
           register(name: $name, function: $function, region: $region, first: $first, after: $after) { edges { cursor } } }`,
        { ...filters, first, after },
      );
      const edges = cursors.register.edges;
      if (edges.length === 0) break;
      after = edges[edges.length - 1]?.cursor ?? after;
      skipped += edges.length;
      if (edges.length < first) break;
    }
    const data = await page.ask<{
      register: { totalCount: number; edges: { node: RegisterRow }[] };
      revokedTitles: RevokedRow[];
    }>(
      `query ($name: String, $function: ServiceFunction, $region: String, $first: Int, $after: String) {
         register(name: $name, function: $function, region: $region, first: $first, after: $after) {
           totalCount edges { node { id certificateNumber organisationName region functions validFrom validUntil revocationPending } } }
         revokedTitles { certificateNumber organisationName reason effectiveOn } }`,
      { ...filters, first: q.pageSize, after },
    );
    const rows = skipped < skip ? [] : data.register.edges.map((edge) => edge.node);
    const path = registerPathWithoutLang(request);
    return page.send(
      page.t.register.title,
      path,
      '/public/register',
      registerBody(page, q, SERVICE_FUNCTIONS, rows, data.register.totalCount, data.revokedTitles),
    );
  });
}

function page0(request: FastifyRequest, name: string): string {
  const value = (request.query as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : '';
}

function registerPathWithoutLang(request: FastifyRequest): string {
  const url = new URL(request.url, 'http://localhost');
  url.searchParams.delete('lang');
  const query = url.searchParams.toString();
  return `${url.pathname}${query ? `?${query}` : ''}`;
}

/** Chinese unless the page was asked for in English (?lang=en): the portal's default too. */
function langOf(request: FastifyRequest): Lang {
  return page0(request, 'lang') === 'en' ? 'en' : 'zh-CN';
}

async function prepare(request: FastifyRequest, reply: FastifyReply) {
  const lang = langOf(request);
  const t = textsFor(lang);
  const context: Context = {
    viewer: null,
    request,
    reply,
    ip: request.ip,
    locale: lang === 'en' ? 'EN' : 'ZH_CN',
  };
  const ask = async <T>(source: string, variableValues?: Record<string, unknown>): Promise<T> => {
    const result = await graphql({ schema, source, variableValues, contextValue: context });
    if (result.errors?.length) throw result.errors[0];
    return result.data as T;
  };
  const { association } = await ask<{ association: Association }>('{ association { name website } }');
  return {
    lang,
    t,
    ask,
    query: (name: string) => page0(request, name),
    send: (title: string, path: string, current: string | undefined, body: string, scripts?: string[]) => {
      reply.header('cache-control', 'no-cache');
      const html = renderPage({ lang, t, association, title, path, current, body, scripts });
      return send(request, reply, 'text/html; charset=utf-8', html);
    },
  };
}

/** Small pages are compressed as they are sent (a few KB: well under a millisecond at these levels). */
function send(request: FastifyRequest, reply: FastifyReply, type: string, text: string) {
  reply.type(type).header('vary', 'Accept-Encoding');
  const accepted = String(request.headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accepted)) {
    reply.header('content-encoding', 'br');
    return reply.send(brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }));
  }
  if (/\bgzip\b/.test(accepted)) {
    reply.header('content-encoding', 'gzip');
    return reply.send(gzipSync(text, { level: 6 }));
  }
  return reply.send(text);
}

/** A certificate number as people type or scan it (the portal's rule): trimmed, upper case,
 * full-width forms folded, or the number out of a scanned verification link. */
export function normaliseCertificateNumber(input: string): string {
  const text = input.trim();
  let value = text;
  try {
    value = new URL(text).searchParams.get('number') ?? text;
  } catch {
    // not a link: the number itself
  }
  return value
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, '')
    .toUpperCase();
}
