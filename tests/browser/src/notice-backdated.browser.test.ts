// Art. 8: results are publicly noticed on the association's website for five working days. A
// notice recorded after it was posted there is dated in the past, so its period has already run
// (wholly or partly): the publish screen says so, and the notice is refused until the administrator
// gives the address where it was published; then it is published, and the address shows on the
// notice in the console and on the public page. The workbench meanwhile reminds the administrator
// of next year's holiday schedule, which the calendar does not know yet.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './a11y.js';
import { useSystemAndBrowser } from './system.js';

const running = useSystemAndBrowser();

// Demo data (packages/db/src/seed/notice.ts): a passed application awaiting a notice.
const PASSED = '苏州工业园区企业服务中心';
const EVIDENCE = 'https://www.example.org/tzgg/2026/shifan-pingtai-gongshi.html';
const shanghaiDay = (offsetDays = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );
const chineseDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

async function signIn(page: Page): Promise<void> {
  await page.goto(`${running.system.baseUrl}/admin/`);
  await page.getByLabel('电子邮箱').fill('admin@example.com');
  await page.getByLabel('密码').fill('demo1234');
  await page.getByLabel('密码').press('Enter');
  await page.getByTestId('signed-in-user').waitFor();
}

describe('a backdated notice in Chromium (Art. 8)', () => {
  it('the workbench reminds of an unconfirmed year from 1 November, linking to the calendar', async () => {
    const page = await running.browser.newPage();
    await signIn(page);
    const today = shanghaiDay();
    const year = Number(today.slice(0, 4));
    // The built-in holiday data ends with 2026: from 1 November 2026 a year is always due and unknown.
    if (today >= '2026-11-01') {
      const reminder = page.getByTestId('calendar-years-reminder');
      await reminder.waitFor();
      const due = year === 2026 ? 2027 : year;
      await expect(reminder.innerText()).resolves.toContain(`${due}年节假日安排尚未确认`);
      await reminder.getByRole('link').click();
      await page.locator(`[data-testid="calendar-year"][data-year="${due}"]`).waitFor();
      await page.locator('[data-testid="calendar-year-status"][data-source="UNCONFIRMED"]').waitFor();
    }
    await page.close();
  });

  it('is refused without where it was published, then published with it, and the address shows', async () => {
    const page = await running.browser.newPage();
    await signIn(page);
    await page.getByRole('menuitem', { name: '认定公示' }).click();
    await page.getByRole('heading', { level: 1, name: '认定公示' }).waitFor();
    await page.getByRole('button', { name: '发布公示' }).click();
    await page.getByRole('heading', { level: 1, name: '发布公示' }).waitFor();
    await page.getByRole('checkbox', { name: PASSED }).check();
    const title = await page.getByLabel('公示标题').inputValue();

    // Dated ten days ago: the screen warns that the period has run, with its dates, and asks for the address.
    const dated = shanghaiDay(-10);
    const dateField = page.getByLabel('发布日期', { exact: true });
    await dateField.fill(dated);
    await dateField.press('Enter');
    const warning = page.getByTestId('publish-backdated');
    await warning.waitFor();
    const starts = await page.getByTestId('period-starts').innerText();
    const ends = await page.getByTestId('period-ends').innerText();
    expect(starts >= dated).toBe(true);
    await expect(warning.innerText()).resolves.toContain(`${starts} 至 ${ends}`);
    await expect(warning.innerText()).resolves.toContain('协会门户网站公示5个工作日');
    await page.getByTestId('publish-evidence-url').waitFor();
    await expectNoSeriousA11yViolations(page, 'publish a backdated notice');

    // Without the address the API refuses, and says why in Chinese with the date.
    await page.getByTestId('publish-submit').click();
    let dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '发布公示' }).click();
    const failure = page.getByTestId('publish-failure');
    await failure.waitFor();
    const refusal = await failure.innerText();
    expect(refusal).toContain(chineseDate(dated));
    expect(refusal).toContain('早于今天');
    expect(refusal).toContain('协会门户网站');
    await expect(page.getByRole('heading', { level: 1, name: '发布公示' }).isVisible()).resolves.toBe(true);

    // A malformed address is caught on the field.
    await page.getByTestId('publish-evidence-url').fill('www.example.org/notice');
    await page.getByTestId('publish-submit').click();
    await page.getByText('请填写以 http:// 或 https:// 开头的完整网址').waitFor();

    await page.getByTestId('publish-evidence-url').fill(EVIDENCE);
    await page.getByTestId('publish-submit').click();
    dialog = page.getByRole('dialog');
    await expect(dialog.innerText()).resolves.toContain(EVIDENCE);
    await dialog.getByRole('button', { name: '发布公示' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const link = page.getByTestId('notice-evidence');
    await expect(link.getAttribute('href')).resolves.toBe(EVIDENCE);
    await expect(link.innerText()).resolves.toBe(EVIDENCE);
    await page.close();

    // The public notice shows where it was published.
    const visitor = await running.browser.newPage();
    await visitor.goto(`${running.system.baseUrl}/public/notices`);
    const notice = visitor
      .getByTestId('public-notice')
      .filter({ has: visitor.getByRole('heading', { level: 2, name: title, exact: true }) });
    await notice.waitFor();
    await expect(notice.getByTestId('notice-evidence').getAttribute('href')).resolves.toBe(EVIDENCE);
    await visitor.close();
  });
});
