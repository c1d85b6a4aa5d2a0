// The light public pages (public-pages/): the answer is in the HTML a phone gets, with no
// application script — the certificate check in each of its states, the notices with their
// objection buttons, the register's search and pages, the front page's ways in and its sign-in,
// the registration form — and the portal still answers signed-in visitors.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/test-server.js';

let server: TestServer;
const PORTAL_INDEX = '<!doctype html><title>portal</title><script type="module" src="/assets/index-1.js"></script>';

beforeAll(async () => {
  const portalDist = mkdtempSync(join(tmpdir(), 'portal-dist-'));
  mkdirSync(join(portalDist, 'assets'));
  writeFileSync(join(portalDist, 'index.html'), PORTAL_INDEX);
  server = await startTestServer({ server: { portalDist } });
}, 120_000);
afterAll(async () => {
  await server?.close();
});

async function page(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}${path}`, { headers: { 'accept-encoding': 'identity', ...headers } });
  return { response, html: await response.text() };
}

async function gql<T>(query: string): Promise<T> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query }),
  });
  return ((await response.json()) as { data: T }).data;
}

/** The page is the light page: one main, one h1, Chinese by default, the association named, no module script. */
function expectLightPage(html: string, lang = 'zh-CN') {
  expect(html).toContain(`<html lang="${lang}">`);
  expect(html.match(/<main>/g)).toHaveLength(1);
  expect(html.match(/<h1>/g)).toHaveLength(1);
  expect(html).toContain('中国中小企业国际合作协会');
  expect(html).not.toContain('type="module"');
  expect(html).not.toContain('<title>portal</title>');
}

describe('/public/verify', () => {
  it('says a valid certificate is valid, with its holder, functions and validity', async () => {
    const data = await gql<{
      register: { edges: { node: { certificateNumber: string; organisationName: string } }[] };
    }>('{ register(first: 1) { edges { node { certificateNumber organisationName } } } }');
    const entry = data.register.edges[0]?.node;
    expect(entry).toBeDefined();
    if (!entry) return;
    // typed in lower case with spaces, as people do: the portal's rule folds it
    const { response, html } = await page(
      `/public/verify?number=${encodeURIComponent(` ${entry.certificateNumber.toLowerCase()} `)}`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expectLightPage(html);
    expect(html).toContain('data-status="VALID"');
    expect(html).toContain('该证书真实有效。');
    expect(html).toContain(entry.organisationName);
    expect(html).toContain(`value="${entry.certificateNumber}"`);
    expect(html).toMatch(/\d{4}年\d{1,2}月\d{1,2}日至\d{4}年\d{1,2}月\d{1,2}日/);
  });

  it('says a revoked certificate is revoked, from which day, and an unknown number is unknown', async () => {
    const data = await gql<{ revokedTitles: { certificateNumber: string }[] }>(
      '{ revokedTitles { certificateNumber } }',
    );
    const revoked = data.revokedTitles[0]?.certificateNumber;
    expect(revoked).toBeDefined();
    const { html } = await page(`/public/verify?number=${encodeURIComponent(revoked ?? '')}`);
    expect(html).toContain('data-status="REVOKED"');
    expect(html).toContain('已撤销');
    expect(html).toMatch(/自\d{4}年\d{1,2}月\d{1,2}日起不再具有示范平台称号/);
    const unknown = await page('/public/verify?number=SMEPSP-1999-1-0001-X');
    expect(unknown.html).toContain('data-status="UNKNOWN"');
    expect(unknown.html).toContain('没有编号为 SMEPSP-1999-1-0001-X 的示范平台证书');
  });

  it('says a revocation is under way (撤销办理中) while one is open (Arts. 11, 13)', async () => {
    const title = await server.db.prisma.accreditation.findFirst({
      where: { revocation: null },
      orderBy: { awardedOn: 'desc' },
    });
    expect(title?.certificateNumber).toBeTruthy();
    if (!title?.certificateNumber) return;
    await server.db.prisma.revocation.create({
      data: {
        accreditationId: title.id,
        reason: 'FAILED_SPOT_CHECK',
        status: 'OPEN',
        description: '抽查不合格（测试）。',
        effectiveOn: null,
      },
    });
    const { html } = await page(`/public/verify?number=${encodeURIComponent(title.certificateNumber)}`);
    expect(html).toContain('data-revocation-pending="true"');
    expect(html).toContain('data-testid="verify-pending"');
    expect(html).toContain('撤销办理中');
    expect(html).toContain('协会已对该示范平台称号启动撤销程序');
  });

  it('is English when asked for in English, as its own text', async () => {
    const { html } = await page('/public/verify?number=SMEPSP-1999-1-0001-X&lang=en');
    expectLightPage(html, 'en');
    expect(html).toContain('Certificate not found');
    expect(html).not.toContain('未找到证书');
    // the way back to Chinese keeps the page
    expect(html).toContain('href="/public/verify?number=SMEPSP-1999-1-0001-X" lang="zh-CN"');
  });
});

describe('/public/notices', () => {
  it('lists the notices with their periods, and an objection button per entry of the running one that opens the portal form', async () => {
    const { html } = await page('/public/notices');
    expectLightPage(html);
    expect(html).toContain('data-testid="public-notice"');
    expect(html).toContain('公示中');
    expect(html).toMatch(/\d{4}年\d{1,2}月\d{1,2}日至\d{4}年\d{1,2}月\d{1,2}日（5个工作日）/);
    const button =
      /<input type="hidden" name="object" value="([^"]+)"><button type="submit" class="plain" aria-label="对(.+?)提出异议">/.exec(
        html,
      );
    expect(button).not.toBeNull();
    // the objection form itself is the portal's (its dialog, attachments and receipt)
    const form = await page(`/public/notices?object=${button?.[1] ?? ''}`);
    expect(form.html).toBe(PORTAL_INDEX);
  });
});

describe('/public/register', () => {
  it('searches by name and pages through the titles, with the revoked ones listed after them', async () => {
    const all = await page('/public/register?pageSize=10');
    expectLightPage(all.html);
    const total = Number(/共 (\d+) 条/.exec(all.html)?.[1]);
    expect(total).toBeGreaterThan(0);
    expect(all.html).toContain('data-testid="revoked-titles"');
    expect(all.html).toContain('已撤销');
    const data = await gql<{ register: { edges: { node: { organisationName: string } }[] } }>(
      '{ register(first: 100) { edges { node { organisationName } } } }',
    );
    const names = data.register.edges.map((edge) => edge.node.organisationName);
    const searched = await page(`/public/register?name=${encodeURIComponent(names[0] ?? '')}`);
    expect(searched.html).toContain(`value="${names[0]}"`);
    expect(searched.html).toContain(names[0]);
    const none = await page('/public/register?name=%E6%B2%A1%E6%9C%89%E8%BF%99%E5%AE%B6');
    expect(none.html).toContain('没有符合条件的示范平台');
    // pages of one: the second page shows the register's second title, and links back to the first
    expect(names.length).toBeGreaterThanOrEqual(2);
    const second = await page('/public/register?pageSize=1&page=2');
    expect(second.html).toContain(`第 2 / ${total} 页`);
    expect(second.html).toContain(`<td>${names[1]}`);
    expect(second.html).not.toContain(`<td>${names[0]}`);
    expect(second.html).toContain('href="/public/register?pageSize=1" rel="prev"');
    expect(second.html).toContain('href="/public/register?page=3&amp;pageSize=1" rel="next"');
  });
});

describe('/ and /register', () => {
  it('the front page links to the public pages and registration, and signs in with a small script of its own', async () => {
    const { html } = await page('/');
    expectLightPage(html);
    for (const href of ['/public/notices', '/public/register', '/public/verify', '/register'])
      expect(html).toContain(`href="${href}"`);
    expect(html).toContain('<label for="sign-in-email">电子邮箱</label>');
    expect(html).toContain('<label for="sign-in-password">密码</label>');
    const script = /<script src="(\/light\/forms\.[0-9a-f]{10}\.js)" defer><\/script>/.exec(html)?.[1];
    expect(script).toBeDefined();
    // fetch decodes brotli itself: the header says what was sent
    const js = await fetch(`${server.url}${script}`, { headers: { 'accept-encoding': 'br' } });
    expect(js.headers.get('content-encoding')).toBe('br');
    expect(js.headers.get('cache-control')).toContain('immutable');
    const source = await js.text();
    expect(source).toContain('mutation Login');
    expect(source).toContain('registerOrganisation');
    expect(source.length).toBeLessThan(20_000);
  });

  it('the registration page has the form in Chinese with the credit-code help', async () => {
    const { html } = await page('/register');
    expectLightPage(html);
    expect(html).toContain('<h1>机构注册</h1>');
    for (const label of ['机构名称', '统一社会信用代码', '联系人', '联系电话', '登录邮箱', '登录密码', '确认密码'])
      expect(html).toContain(`>${label}</label>`);
    expect(html).toContain('18位，见营业执照或法人证书');
  });

  it('a signed-in visitor gets the portal at the same addresses', async () => {
    const login = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({
        query: 'mutation { login(input: { email: "member@example.com", password: "demo1234" }) { __typename } }',
      }),
    });
    const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
    expect(cookie).toContain('sme_session');
    for (const path of ['/', '/register', '/public/verify', '/public/notices', '/public/register'])
      expect((await page(path, { cookie })).html).toBe(PORTAL_INDEX);
  });
});
