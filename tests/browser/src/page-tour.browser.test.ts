// A tour of every page each role reaches from its menu, in the console and the portal, in
// Chinese and in English: each page has one <main> and one <h1>, shows no raw error,
// and has no critical or serious axe-core violation. New pages join the tour by being in a menu.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousA11yViolations } from './a11y.js';
import { useSystemAndBrowser } from './system.js';
import { signIn } from './sign-in.js';

const running = useSystemAndBrowser();

// GraphiQL (the analysts' explorer) is a third-party editor with known axe findings of its own
// (CodeMirror's unlabelled textareas, tabs nesting buttons, its syntax colours); the page around
// it is checked, the editor is not.
const THIRD_PARTY = ['.graphiql-container'];

/** Problems found on the page as it is now: landmarks, headings, raw errors, axe. */
async function problemsOnPage(page: Page, where: string): Promise<string[]> {
  // Settled means a heading of this page (not one the tour marked on the page before) and no
  // spinner: a lazily loaded page (the dashboard's charts) shows a spinner without <h1> while its
  // code arrives, and tables spin while their data does. (waitForLoadState('networkidle') says
  // nothing here: it was reached once, at the first load.)
  await page.waitForFunction(
    () =>
      document.querySelectorAll('h1:not([data-tour-seen])').length > 0 &&
      document.querySelectorAll('.ant-spin-spinning').length === 0,
    undefined,
    { timeout: 30_000 },
  );
  const problems: string[] = [];
  const mains = await page.locator('main').count();
  const headings = await page.getByRole('heading', { level: 1 }).count();
  if (mains !== 1) problems.push(`${where}: ${mains} <main> landmarks`);
  if (headings !== 1) problems.push(`${where}: ${headings} level-1 headings`);
  const body = await page.locator('body').innerText();
  if (/Invalid global ID|INTERNAL_SERVER_ERROR|Query Cost limit|Cannot query field/.test(body))
    problems.push(`${where}: shows a raw error`);
  for (const v of await seriousA11yViolations(page, { exclude: THIRD_PARTY }))
    problems.push(`${where}: [${v.impact}] ${v.id}: ${v.help} — ${v.targets.join(' | ')}`);
  return problems;
}

/** Visits every item of the navigation menu in turn and collects the problems of each page. */
async function tourMenu(page: Page, label: string): Promise<{ visited: string[]; problems: string[] }> {
  const nav = page.getByRole('navigation').or(page.locator('aside')).first();
  // By position: an item's accessible name also holds its icon's label ("dashboard 工作台").
  const names = (await nav.getByRole('menuitem').allInnerTexts()).map((t) => t.trim());
  const problems: string[] = [];
  for (const [index, name] of names.entries()) {
    const before = page.url();
    await page.evaluate(() => document.querySelectorAll('h1').forEach((h) => h.setAttribute('data-tour-seen', '')));
    await nav.getByRole('menuitem').nth(index).click();
    // Wait for the route to change (the item of the page already shown changes nothing, at most
    // a trailing slash: then its heading is this page's after all).
    const moved = await page
      .waitForFunction((url) => location.href.replace(/\/$/, '') !== url.replace(/\/$/, ''), before, { timeout: 5_000 })
      .then(
        () => true,
        () => false,
      );
    if (!moved)
      await page.evaluate(() => document.querySelectorAll('h1').forEach((h) => h.removeAttribute('data-tour-seen')));
    problems.push(...(await problemsOnPage(page, `${label} › ${name}`)));
    // The public pages' entries (公示公告, 示范平台名录, 证书核验) open the public layout, which has
    // no side menu: back to the page the tour came from.
    if ((await nav.getByRole('menuitem').count()) === 0) {
      await page.goBack();
      await nav.getByRole('menuitem').first().waitFor();
    }
  }
  return { visited: names, problems };
}

async function toEnglish(page: Page): Promise<void> {
  await page.getByTestId('language-switch').getByText('English').click();
  await page.locator('html[lang^="en"]').waitFor({ state: 'attached' });
}

const CONSOLE = [
  { email: 'admin@example.com', atLeast: 8 },
  { email: 'unit@example.com', atLeast: 2 },
  { email: 'reviewer@example.com', atLeast: 2 },
  { email: 'analyst@example.com', atLeast: 2 },
];
const PORTAL = [
  { email: 'member@example.com', atLeast: 2 },
  { email: 'holder@example.com', atLeast: 2 },
];

describe('every page each role reaches, in Chinese and English', () => {
  for (const { email, atLeast } of CONSOLE) {
    it(`console as ${email}`, async () => {
      const page = await running.browser.newPage({ viewport: { width: 1366, height: 900 } });
      await page.goto(`${running.system.baseUrl}/admin/`);
      await signIn(page, email);
      const chinese = await tourMenu(page, `console/${email}`);
      expect(chinese.visited.length).toBeGreaterThanOrEqual(atLeast);
      await toEnglish(page);
      const english = await tourMenu(page, `console/${email}/en`);
      expect(english.visited.length).toBe(chinese.visited.length);
      expect([...chinese.problems, ...english.problems]).toEqual([]);
      await page.close();
    }, 300_000);
  }

  for (const { email, atLeast } of PORTAL) {
    it(`portal as ${email}`, async () => {
      const page = await running.browser.newPage({ viewport: { width: 1366, height: 900 } });
      await page.goto(`${running.system.baseUrl}/`);
      await signIn(page, email);
      const chinese = await tourMenu(page, `portal/${email}`);
      expect(chinese.visited.length).toBeGreaterThanOrEqual(atLeast);
      await toEnglish(page);
      const english = await tourMenu(page, `portal/${email}/en`);
      expect([...chinese.problems, ...english.problems]).toEqual([]);
      await page.close();
    }, 300_000);
  }
});
