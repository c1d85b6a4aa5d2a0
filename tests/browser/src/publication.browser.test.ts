// What a citizen and the association's website see of the publication (Arts. 8, 9): the public
// pages name the association that publishes them, and the embeddable pages can be framed by
// another site, read without script, pass axe and fit a phone.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './a11y.js';
import { useSystemAndBrowser } from './system.js';

const running = useSystemAndBrowser();
const ASSOCIATION = '中国中小企业国际合作协会';

describe('publication on the association’s website', () => {
  it('the public pages name the association in their header and footer, with the feeds', async () => {
    const context = await running.browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${running.system.baseUrl}/public/register`);
    await expect.poll(() => page.getByRole('banner').innerText(), { timeout: 15_000 }).toContain(ASSOCIATION);
    const footer = page.getByRole('contentinfo');
    await expect.poll(() => footer.innerText(), { timeout: 15_000 }).toContain(`本页信息由${ASSOCIATION}发布`);
    expect(await footer.getByRole('link', { name: '名录订阅（Atom）' }).getAttribute('href')).toBe(
      '/api/feeds/register.atom',
    );
    await expectNoSeriousA11yViolations(page, '/public/register');
    // Each public page has one main landmark and one top heading, so a screen reader lands on it.
    for (const path of ['/public/notices', '/public/register', '/public/verify', '/public/receipt']) {
      await page.goto(`${running.system.baseUrl}${path}`);
      await expect.poll(() => page.locator('h1').count(), { message: `${path}: one <h1>` }).toBe(1);
      expect(await page.locator('main').count(), `${path}: one <main>`).toBe(1);
    }
    await context.close();
  });

  it('the embeddable pages render without script, pass axe and fit a phone', async () => {
    const context = await running.browser.newContext({ locale: 'zh-CN', viewport: { width: 375, height: 812 } });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    for (const path of ['/embed/notices', '/embed/register']) {
      await page.goto(`${running.system.baseUrl}${path}`);
      await expect.poll(() => page.locator('h1').count()).toBe(1);
      expect(await page.locator('main').count()).toBe(1);
      expect(await page.locator('h1').innerText()).toContain(ASSOCIATION);
      const widths = await page.evaluate(() => ({
        scroll: document.scrollingElement?.scrollWidth ?? 0,
        inner: window.innerWidth,
      }));
      expect(widths.scroll, `${path} scrolls sideways`).toBeLessThanOrEqual(widths.inner);
      await expectNoSeriousA11yViolations(page, path);
    }
    // The demo data's titles valid today are listed in the register page.
    expect(await page.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(scripts).toEqual([]);
    await context.close();
  });

  it('another site may frame the embeddable pages but not the portal', async () => {
    const context = await running.browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    // A page of another origin (another port on this machine stands for the association's site) with two frames.
    const site = createServer((_request, response) => {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(
        '<!doctype html><html lang="zh-CN"><title>协会网站</title>' +
          `<iframe title="embed" src="${running.system.baseUrl}/embed/register" width="800" height="400"></iframe>` +
          `<iframe title="portal" src="${running.system.baseUrl}/public/register" width="800" height="400"></iframe>`,
      );
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    await page.goto(`http://127.0.0.1:${(site.address() as AddressInfo).port}/`);
    const embed = page.frameLocator('iframe[title="embed"]');
    await expect
      .poll(() => embed.locator('h1').innerText(), { timeout: 15_000 })
      .toContain('中小企业公共服务示范平台名录');
    // The portal refuses to be framed (frame-ancestors 'none'): Chromium shows its error page instead.
    await expect
      .poll(() => page.frames().map((f) => f.url()), { timeout: 15_000 })
      .toContain('chrome-error://chromewebdata/');
    expect(page.frames().some((f) => f.url().endsWith('/public/register'))).toBe(false);
    await context.close();
    await new Promise((resolve) => site.close(resolve));
  });
});
