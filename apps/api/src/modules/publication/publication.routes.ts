import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { todayInShanghai } from '../../clock.js';
import { associationSettings } from '../../settings.js';
import { renderAtom } from './atom.js';
import { noticesEmbed, noticesFeed, registerEmbed, registerFeed, type Links } from './publication-content.js';
import { publishedNotices, registerEntries } from './publication-data.js';

export type PublicationRoutesOptions = { publicOrigin?: string | undefined };

/** The register's feed and page list at most this many titles, the newest awards first. */
export const REGISTER_LIMIT = 200;
/** Notices in the feed (the embeddable page shows fewer: the website shows the current ones). */
export const NOTICES_FEED_LIMIT = 50;
export const NOTICES_EMBED_LIMIT = 10;

// Short: a notice or an award shows up on the association's site within minutes, and a busy
// site's visitors do not each cost a query.
const CACHE = 'public, max-age=300';

/**
 * Publication on the association's website (Arts. 8, 9: 在协会门户网站公示/公布) in one step:
 *   GET /api/feeds/notices.atom, /api/feeds/register.atom — Atom feeds the site (or anyone) reads;
 *   GET /embed/notices, /embed/register — small server-rendered pages without script that the
 *   site frames. Public, like publicNotices and register, and built from the same filters.
 * Absolute links come from PUBLIC_ORIGIN, never from the request's Host header (a forged
 * Host must not forge links); without it links are relative to where the feed was fetched.
 */
export async function registerPublicationRoutes(
  app: FastifyInstance,
  options: PublicationRoutesOptions = {},
): Promise<void> {
  const links: Links = { base: options.publicOrigin ?? '' };

  app.get('/api/feeds/notices.atom', async (_request, reply) => {
    const { name, website } = associationSettings();
    const feed = noticesFeed(name, website, await publishedNotices(NOTICES_FEED_LIMIT), links, new Date());
    return sendAtom(reply, renderAtom(feed));
  });

  app.get('/api/feeds/register.atom', async (_request, reply) => {
    const { name, website } = associationSettings();
    const feed = registerFeed(
      name,
      website,
      await registerEntries(todayInShanghai(), REGISTER_LIMIT),
      links,
      new Date(),
    );
    return sendAtom(reply, renderAtom(feed));
  });

  // Only these two pages may be framed, and by the association's website when one is configured
  // (else by any site: they are read-only, and every link opens outside the frame).
  const embedHeaders = {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        styleSrc: ["'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        baseUri: ["'none'"],
        formAction: ["'none'"],
        frameAncestors: [(_req: unknown, _res: unknown) => frameAncestors(associationSettings().website)],
      },
    },
    frameguard: false,
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  } as const;

  app.get('/embed/notices', { helmet: embedHeaders }, async (_request, reply) => {
    const today = todayInShanghai();
    return sendHtml(
      reply,
      noticesEmbed(associationSettings().name, await publishedNotices(NOTICES_EMBED_LIMIT), links, today),
    );
  });

  app.get('/embed/register', { helmet: embedHeaders }, async (_request: FastifyRequest, reply) => {
    const today = todayInShanghai();
    return sendHtml(
      reply,
      registerEmbed(associationSettings().name, await registerEntries(today, REGISTER_LIMIT), links, today),
    );
  });
}

/** CSP frame-ancestors: 'self' and the association's website's origin, or any site without one. */
export function frameAncestors(website: string | null): string {
  if (!website) return '*';
  return `'self' ${new URL(website).origin}`;
}

function sendAtom(reply: FastifyReply, xml: string) {
  return reply.header('content-type', 'application/atom+xml; charset=utf-8').header('cache-control', CACHE).send(xml);
}

function sendHtml(reply: FastifyReply, html: string) {
  return reply.header('content-type', 'text/html; charset=utf-8').header('cache-control', CACHE).send(html);
}
