import { createHash } from 'node:crypto';

// A small Atom (RFC 4287) writer: the feeds have a handful of fields and must be exactly right,
// which is easier to see here than through a library's options.

/** Escapes text for XML character data and attribute values. */
export function escapeXml(text: string): string {
  // Characters XML 1.0 forbids (C0 controls but tab/LF/CR, lone surrogates' replacement, U+FFFE/F) are dropped.
  return (
    text
      // eslint-disable-next-line no-control-regex -- these are exactly the characters XML cannot carry
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

// A fixed namespace for this system's name-based ids: an entry keeps its id for ever, whatever
// address the system is reached at (Atom ids must never change).
const NAMESPACE = Buffer.from('6f1c8a52d3b44e0e9a7e4b1f2c5d8e90', 'hex');

/** A stable `urn:uuid:` (RFC 9562 version 5, SHA-1 name-based) for a record, independent of any host name. */
export function stableUrn(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A Beijing calendar day as an RFC 3339 date-time (its midnight in UTC+8). */
export function beijingMidnight(date: string): string {
  return `${date}T00:00:00+08:00`;
}

export type AtomEntry = {
  id: string;
  title: string;
  updated: Date | string;
  published?: string;
  link: string;
  summary: string;
  /** HTML, escaped here (type="html"). */
  contentHtml: string;
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle: string;
  updated: Date | string;
  author: { name: string; uri: string | null };
  selfLink: string;
  alternateLink: string;
  entries: readonly AtomEntry[];
};

const time = (t: Date | string) => (typeof t === 'string' ? t : t.toISOString());

export function renderAtom(feed: AtomFeed): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title type="text">${escapeXml(feed.title)}</title>`,
    `  <subtitle type="text">${escapeXml(feed.subtitle)}</subtitle>`,
    `  <updated>${time(feed.updated)}</updated>`,
    `  <author><name>${escapeXml(feed.author.name)}</name>${feed.author.uri ? `<uri>${escapeXml(feed.author.uri)}</uri>` : ''}</author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfLink)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternateLink)}"/>`,
  ];
  for (const e of feed.entries) {
    lines.push(
      '  <entry>',
      `    <id>${escapeXml(e.id)}</id>`,
      `    <title type="text">${escapeXml(e.title)}</title>`,
      `    <updated>${time(e.updated)}</updated>`,
      ...(e.published ? [`    <published>${e.published}</published>`] : []),
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>`,
      `    <summary type="text">${escapeXml(e.summary)}</summary>`,
      `    <content type="html">${escapeXml(e.contentHtml)}</content>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

/** The latest of some instants, or `fallback` when there are none. */
export function latest(instants: readonly Date[], fallback: Date): Date {
  return instants.reduce((a, b) => (b.getTime() > a.getTime() ? b : a), instants[0] ?? fallback);
}
