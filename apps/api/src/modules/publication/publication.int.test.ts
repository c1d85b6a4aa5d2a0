// Publication on the association's website (Arts. 8, 9) through HTTP: the Atom feeds of the
// notices and the register, and the pages the association's site frames.
import { addDays, formatCertificateNumber } from '@sme/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { todayInShanghai } from '../../clock.js';
import { DEFAULT_ASSOCIATION, setAssociationSettings } from '../../settings.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';
import { child, childrenNamed, parseXml, type XmlElement } from './parse-xml.test-helper.js';

const ATOM = 'http://www.w3.org/2005/Atom';
const BASE = 'https://sfpt.example.org';
// Markup characters in a name must arrive as text, never as markup.
const TRICKY = `甲<乙&丙"丁'服务中心`;

let server: TestServer;
const today = todayInShanghai();
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const names = { valid: '', tricky: TRICKY, revoked: '', expired: '', pending: '' };

let serial = 700;
async function organisation(name: string) {
  serial += 1;
  return server.db.prisma.organisation.create({
    data: {
      name,
      creditCode: `91110000FEED${String(serial).padStart(5, '0')}X`,
      provinceCode: '330000',
      cityCode: '330100',
    },
  });
}
async function title(
  name: string,
  validFrom: string,
  validUntil: string,
  revocation?: { status: 'OPEN' | 'COMPLETED'; effectiveOn?: string },
) {
  const org = await organisation(name);
  const a = await server.db.prisma.accreditation.create({
    data: {
      organisationId: org.id,
      certificateNumber: formatCertificateNumber({ year: 2022, round: 1, serial }),
      functions: ['TRAINING', 'INFORMATION'],
      awardedOn: day(validFrom),
      validFrom: day(validFrom),
      validUntil: day(validUntil),
    },
  });
  if (revocation) {
    await server.db.prisma.revocation.create({
      data: {
        accreditationId: a.id,
        reason: revocation.status === 'OPEN' ? 'FAILED_SPOT_CHECK' : 'VIOLATION_VERIFIED',
        status: revocation.status,
        description: '测试',
        effectiveOn: revocation.effectiveOn ? day(revocation.effectiveOn) : null,
      },
    });
  }
  return a;
}

let noticeTitle = '';
let draftTitle = '';

beforeAll(async () => {
  server = await startTestServer({ server: { publicOrigin: BASE } });
  const from = addDays(today, -30);
  const until = addDays(from, 1094);
  names.valid = '发布测试服务中心有限公司';
  names.revoked = '已撤销测试服务中心';
  names.expired = '已过期测试服务中心';
  names.pending = '撤销中测试服务中心';
  await title(names.valid, from, until);
  await title(TRICKY, addDays(from, 1), addDays(until, 1));
  await title(names.revoked, addDays(from, -300), addDays(until, -300), {
    status: 'COMPLETED',
    effectiveOn: addDays(today, -5),
  });
  await title(names.expired, addDays(today, -1200), addDays(today, -106));
  await title(names.pending, addDays(from, -10), addDays(until, -10), { status: 'OPEN' });

  // A published notice listing the tricky name, and a draft that must not be published.
  const round = await server.db.prisma.round.create({
    data: {
      year: 2019,
      sequence: 2,
      name: '2019年第2批（发布测试）',
      opensOn: day('2019-07-01'),
      submissionDeadline: day('2019-08-01'),
      reviewEndsOn: day('2019-09-01'),
    },
  });
  const org = await organisation(TRICKY);
  const application = await server.db.prisma.application.create({
    data: {
      roundId: round.id,
      organisationId: org.id,
      status: 'IN_PUBLIC_NOTICE',
      eligibilitySnapshot: { eligible: true, qualifiedFunctions: ['TRAINING'], checks: [] },
      functions: { create: [{ function: 'TRAINING' }, { function: 'FINANCING' }] },
    },
  });
  const admin = await server.db.prisma.user.findFirstOrThrow({ where: { email: 'admin@example.com' } });
  noticeTitle = '关于2019年第2批示范平台认定结果的公示（发布测试）';
  draftTitle = '未发布的草稿公示（发布测试）';
  const notice = await server.db.prisma.publicNotice.create({
    data: {
      roundId: round.id,
      title: noticeTitle,
      publishedOn: day(addDays(today, -2)),
      startsOn: day(addDays(today, -2)),
      endsOn: day(addDays(today, 6)),
      status: 'PUBLISHED',
      createdById: admin.id,
    },
  });
  await server.db.prisma.publicNoticeEntry.create({ data: { noticeId: notice.id, applicationId: application.id } });
  await server.db.prisma.publicNotice.create({
    data: {
      roundId: round.id,
      title: draftTitle,
      publishedOn: day(today),
      startsOn: day(today),
      endsOn: day(addDays(today, 8)),
      status: 'DRAFT',
      createdById: admin.id,
    },
  });
}, 180_000);
afterAll(async () => {
  await server?.close();
});
afterEach(() => setAssociationSettings(DEFAULT_ASSOCIATION));

async function feed(path: string, headers: Record<string, string> = {}): Promise<XmlElement> {
  const response = await fetch(`${server.url}${path}`, { headers });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
  const root = parseXml(await response.text());
  expect(root.name).toBe('feed');
  expect(root.uri).toBe(ATOM);
  return root;
}

const text = (e: XmlElement, name: string) => child(e, name)?.text ?? '';
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** What RFC 4287 requires of a feed and each entry: id, title, updated; an author; links. */
function expectValidAtom(root: XmlElement): XmlElement[] {
  expect(text(root, 'id')).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
  expect(text(root, 'title')).toContain('中小企业公共服务示范平台');
  expect(text(root, 'updated')).toMatch(rfc3339);
  expect(text(child(root, 'author')!, 'name')).toBe('中国中小企业国际合作协会');
  const entries = childrenNamed(root, 'entry');
  for (const entry of entries) {
    expect(text(entry, 'id')).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(text(entry, 'title').length).toBeGreaterThan(0);
    expect(text(entry, 'updated')).toMatch(rfc3339);
    expect(child(entry, 'link')?.attributes.href).toMatch(/^https:\/\/sfpt\.example\.org\/public\//);
  }
  expect(new Set(entries.map((e) => text(e, 'id'))).size).toBe(entries.length);
  return entries;
}

describe('Atom feeds (Arts. 8, 9)', () => {
  it('publishes the published notices, not drafts, with the names escaped', async () => {
    const root = await feed('/api/feeds/notices.atom');
    expect(text(root, 'title')).toBe('中国中小企业国际合作协会中小企业公共服务示范平台认定结果公示');
    const entries = expectValidAtom(root);
    const titles = entries.map((e) => text(e, 'title'));
    expect(titles).toContain(noticeTitle);
    expect(titles).not.toContain(draftTitle);
    const entry = entries.find((e) => text(e, 'title') === noticeTitle)!;
    expect(text(entry, 'published')).toBe(`${addDays(today, -2)}T00:00:00+08:00`);
    expect(child(entry, 'link')?.attributes.href).toBe(`${BASE}/public/notices`);
    // The summary is text: the name as it is. The content is HTML: the name escaped once more in it.
    expect(text(entry, 'summary')).toContain(TRICKY);
    const html = text(entry, 'content');
    expect(child(entry, 'content')?.attributes.type).toBe('html');
    expect(html).toContain('甲&lt;乙&amp;丙&quot;丁&apos;服务中心');
    expect(html).not.toContain(TRICKY);
    // Only the functions that met Art. 6 are listed (TRAINING, not FINANCING).
    expect(html).toContain('培训服务');
    expect(html).not.toContain('融资服务');
  });

  it('publishes the titles valid today, newest awards first, without revoked or expired ones, marking one being revoked', async () => {
    const root = await feed('/api/feeds/register.atom');
    expect(text(root, 'title')).toBe('中国中小企业国际合作协会中小企业公共服务示范平台名录');
    const entries = expectValidAtom(root);
    const titles = entries.map((e) => text(e, 'title'));
    expect(titles).toContain(TRICKY);
    expect(titles).toContain(names.valid);
    expect(titles).toContain(`${names.pending}（撤销办理中）`);
    expect(titles.some((t) => t.startsWith(names.revoked))).toBe(false);
    expect(titles.some((t) => t.startsWith(names.expired))).toBe(false);
    // Newest awards first: the tricky one was awarded a day after the plain one.
    expect(titles.indexOf(TRICKY)).toBeLessThan(titles.indexOf(names.valid));
    const published = entries.map((e) => text(e, 'published'));
    expect([...published].sort().reverse()).toEqual(published);
    expect(entries.length).toBeLessThanOrEqual(200);
    const tricky = entries.find((e) => text(e, 'title') === TRICKY)!;
    expect(child(tricky, 'link')?.attributes.href).toMatch(
      /^https:\/\/sfpt\.example\.org\/public\/verify\?number=SMEPSP-2022-1-/,
    );
  });

  it('keeps the same ids from one fetch to the next, and builds links on the configured address whatever Host the request names', async () => {
    const first = await feed('/api/feeds/register.atom');
    const forged = await feed('/api/feeds/register.atom', {
      host: 'evil.example.net',
      'x-forwarded-host': 'evil.example.net',
    });
    expect(childrenNamed(forged, 'entry').map((e) => text(e, 'id'))).toEqual(
      childrenNamed(first, 'entry').map((e) => text(e, 'id')),
    );
    const hrefs = [...forged.children, ...childrenNamed(forged, 'entry').flatMap((e) => e.children)]
      .filter((e) => e.name === 'link')
      .map((l) => l.attributes.href);
    expect(hrefs.length).toBeGreaterThan(2);
    for (const href of hrefs) expect(href?.startsWith(`${BASE}/`)).toBe(true);
    expect(forged.children.find((l) => l.name === 'link' && l.attributes.rel === 'self')?.attributes.href).toBe(
      `${BASE}/api/feeds/register.atom`,
    );
  });

  it('names the configured association and its website as the author', async () => {
    setAssociationSettings({ name: '某省中小企业服务联合会', website: 'https://www.assoc.example.org/' });
    const root = await feed('/api/feeds/notices.atom');
    expect(text(root, 'title')).toBe('某省中小企业服务联合会中小企业公共服务示范平台认定结果公示');
    expect(text(child(root, 'author')!, 'name')).toBe('某省中小企业服务联合会');
    expect(text(child(root, 'author')!, 'uri')).toBe('https://www.assoc.example.org/');
  });
});

describe('embeddable pages for the association’s website', () => {
  async function embed(path: string) {
    const response = await fetch(`${server.url}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    // Self-contained and accessible: Chinese, one main, one h1, no script of the app.
    expect(html).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
    expect(html.match(/<main\b/g)).toHaveLength(1);
    expect(html.match(/<h1\b/g)).toHaveLength(1);
    expect(html).not.toMatch(/<script\b/i);
    expect(html).toContain('<meta name="viewport"');
    return { html, headers: response.headers };
  }

  it('lists the published notices, escaped, and may be framed (only these pages)', async () => {
    const { html, headers } = await embed('/embed/notices');
    expect(html).toContain('<h1>中国中小企业国际合作协会中小企业公共服务示范平台认定结果公示</h1>');
    expect(html).toContain(noticeTitle);
    expect(html).not.toContain(draftTitle);
    expect(html).toContain('甲&lt;乙&amp;丙&quot;丁&apos;服务中心');
    expect(html).not.toContain(TRICKY);
    expect(html).toContain('公示中');
    expect(headers.get('x-frame-options')).toBeNull();
    expect(headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(headers.get('content-security-policy')).toContain("default-src 'none'");
    // Everywhere else framing stays refused.
    const other = await fetch(`${server.url}/healthz`);
    expect(other.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(other.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('lists the titles valid today, marks one being revoked, omits revoked and expired ones', async () => {
    const { html } = await embed('/embed/register');
    expect(html).toContain('<h1>中国中小企业国际合作协会中小企业公共服务示范平台名录</h1>');
    expect(html).toContain(names.valid);
    expect(html).toContain('甲&lt;乙&amp;丙&quot;丁&apos;服务中心');
    expect(html).toMatch(new RegExp(`${names.pending}<br><span class="pending">撤销办理中</span>`));
    expect(html).not.toContain(names.revoked);
    expect(html).not.toContain(names.expired);
    expect(html).toContain(`href="${BASE}/public/verify?number=SMEPSP-2022-1-`);
  });

  it('may be framed only by the association’s website once it is configured', async () => {
    setAssociationSettings({ name: DEFAULT_ASSOCIATION.name, website: 'https://www.assoc.example.org/news/' });
    const response = await fetch(`${server.url}/embed/register`);
    expect(response.headers.get('content-security-policy')).toContain(
      "frame-ancestors 'self' https://www.assoc.example.org",
    );
    expect(response.headers.get('content-security-policy')).not.toContain('frame-ancestors *');
  });
});
