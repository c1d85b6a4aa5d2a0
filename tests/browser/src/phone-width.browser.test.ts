// The portal at 375 px (docs/architecture.md: "portal pages work at 375 px"): each public page and each page a
// member works in is opened at 375×812, in Chinese; the page must not scroll sideways and its main
// action must lie wholly on the screen (no need to pan right to reach it).
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSystemAndBrowser } from './system.js';

const running = useSystemAndBrowser();

const PHONE = { width: 375, height: 812 };

async function phone(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await running.browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 2,
    hasTouch: true,
    locale: 'zh-CN',
  });
  return { context, page: await context.newPage() };
}

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${running.system.baseUrl}/`);
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码').fill('demo1234');
  await page.getByLabel('密码').press('Enter');
  await page.getByTestId('signed-in-user').waitFor();
}

/** The page is as wide as the screen, and `action` is visible with all of it inside the screen. */
async function expectFitsPhone(page: Page, action: Locator, where: string): Promise<void> {
  await action.waitFor({ state: 'visible' });
  const widths = await page.evaluate(() => ({
    scroll: document.scrollingElement?.scrollWidth ?? 0,
    inner: window.innerWidth,
  }));
  expect(
    widths.scroll,
    `${where}: the page scrolls sideways (${widths.scroll} px wide at ${widths.inner} px)`,
  ).toBeLessThanOrEqual(widths.inner);
  await action.scrollIntoViewIfNeeded();
  const box = await action.boundingBox();
  expect(box, `${where}: the main action has no box`).not.toBeNull();
  if (!box) return;
  expect(box.x, `${where}: the main action starts left of the screen`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${where}: the main action ends right of the screen`).toBeLessThanOrEqual(widths.inner);
}

/** Calls the API as the signed-in page (its cookie), the way the portal itself does. */
async function graphql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  return page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data: unknown };
      return body.data;
    },
    { query, variables },
  ) as Promise<T>;
}

describe('the portal on a phone (375 px)', () => {
  it('public pages: notices, register, verify, receipt and registration', async () => {
    const { context, page } = await phone();
    await page.goto(`${running.system.baseUrl}/public/notices`);
    // the running notice's objection button, which sits in the last column of its entries
    await expectFitsPhone(page, page.getByRole('button', { name: /^对.+提出异议$/ }).first(), '/public/notices');
    // the objection form opens in a dialog: its fields, the attachment button and the button that
    // lodges it fit the screen too
    await page
      .getByRole('button', { name: /^对.+提出异议$/ })
      .first()
      .click();
    const objection = page.getByRole('dialog');
    await expectFitsPhone(page, objection.getByLabel('异议事实和理由'), 'the objection dialog (its reasons)');
    await expectFitsPhone(
      page,
      objection.getByRole('button', { name: /附件/ }).first(),
      'the objection dialog (its attachments)',
    );
    await expectFitsPhone(page, objection.getByRole('button', { name: '提交异议' }), 'the objection dialog');
    await objection.getByRole('button', { name: /取\s*消/ }).click();
    await objection.waitFor({ state: 'detached' });

    await page.goto(`${running.system.baseUrl}/public/register`);
    await expectFitsPhone(page, page.getByRole('button', { name: /查\s*询/ }).first(), '/public/register');

    await page.goto(`${running.system.baseUrl}/public/verify`);
    await expectFitsPhone(page, page.getByRole('button', { name: /核\s*验/ }).first(), '/public/verify');

    await page.goto(`${running.system.baseUrl}/public/receipt`);
    await expectFitsPhone(page, page.getByRole('button', { name: /查\s*询/ }).first(), '/public/receipt');

    await page.goto(`${running.system.baseUrl}/register`);
    await expectFitsPhone(page, page.getByRole('button', { name: /注\s*册/ }).first(), '/register');
    await context.close();
  });

  it("a member's pages: the application editor, an application's status, titles", async () => {
    const { context, page } = await phone();
    await signIn(page, 'member@example.com');
    const rounds = await graphql<{ openRounds: { id: string }[] }>(page, '{ openRounds { id } }');
    const created = await graphql<{ createDraftApplication: { __typename: string; data?: { id: string } } }>(
      page,
      'mutation ($input: CreateDraftApplicationInput!) { createDraftApplication(input: $input) { __typename ... on CreateDraftApplicationSuccess { data { id } } } }',
      { input: { roundId: rounds.openRounds[0]?.id, functions: ['TRAINING'] } },
    );
    const draftId = created.createDraftApplication.data?.id;
    expect(draftId, JSON.stringify(created)).toBeTruthy();
    await page.goto(`${running.system.baseUrl}/applications/${draftId}`);
    await expectFitsPhone(page, page.getByRole('button', { name: /下一步/ }), 'application editor');
    await context.close();

    const submitted = await phone();
    await signIn(submitted.page, 'haidian@example.com');
    const mine = await graphql<{ myApplications: { id: string; status: string }[] }>(
      submitted.page,
      '{ myApplications { id status } }',
    );
    const application = mine.myApplications.find((a) => a.status === 'SUBMITTED');
    expect(application, JSON.stringify(mine)).toBeTruthy();
    await submitted.page.goto(`${running.system.baseUrl}/applications/${application?.id}`);
    await expectFitsPhone(
      submitted.page,
      submitted.page.getByRole('button', { name: /撤回申报/ }),
      'application status',
    );
    await submitted.context.close();

    const holder = await phone();
    await signIn(holder.page, 'holder@example.com');
    await holder.page.goto(`${running.system.baseUrl}/titles`);
    await expectFitsPhone(holder.page, holder.page.getByRole('link', { name: /下载证书/ }).first(), 'my titles');
    await holder.context.close();
  });
});
