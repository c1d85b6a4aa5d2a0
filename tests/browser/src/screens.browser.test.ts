// The shared screens as people meet them: the portal on a 375 px phone (no sideways scrolling, a
// menu that gets out of the way), staff who open the wrong front end being sent to the right
// one, a form in a dialog (sent once, refused without losing input, opened afresh), and the console
// in English (months, holiday names and a shown validation message follow the language). Every
// page visited is checked with axe-core.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './a11y.js';
import { useSystemAndBrowser } from './system.js';
import { signIn } from './sign-in.js';

const running = useSystemAndBrowser();

/** How wide the page is laid out; more than the viewport means sideways scrolling. */
async function scrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => (document.scrollingElement ?? document.documentElement).scrollWidth);
}

describe('shared screens in Chromium', () => {
  it('the portal at 375 px scrolls only vertically, and its menu closes once a page is chosen', async () => {
    const context = await running.browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${running.system.baseUrl}/`);
    await page.getByLabel('电子邮箱').waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(375);
    await expectNoSeriousA11yViolations(page, 'portal sign-in at 375 px');
    await signIn(page, 'member@example.com');
    await page.getByRole('heading', { level: 1, name: '工作台' }).waitFor();
    await page.getByTestId('workbench-applications').waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(375);
    await expectNoSeriousA11yViolations(page, 'portal workbench at 375 px');

    // the title and the header's controls share the header without overlapping
    const title = await page.getByTestId('shell-title').boundingBox();
    const language = await page.getByTestId('language-switch').boundingBox();
    expect(title && language && title.x + title.width <= language.x).toBe(true);

    await page.getByTestId('shell-menu-button').click();
    const item = page.getByRole('menuitem', { name: '新建申报' });
    await item.waitFor();
    await item.click();
    await page.getByRole('heading', { level: 1, name: '新建申报' }).waitFor();
    await item.waitFor({ state: 'hidden' });
    await page.getByTestId('applicant-organisation').waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(375);
    await expectNoSeriousA11yViolations(page, 'portal new application at 375 px');
    // the form's buttons are whole on screen
    const submit = await page.getByRole('button', { name: '创建申报草稿' }).boundingBox();
    expect(submit && submit.x >= 0 && submit.x + submit.width <= 375).toBe(true);
    await context.close();
  });

  it('staff who sign in to the portal are linked to the console', async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.system.baseUrl}/`);
    await page.getByLabel('电子邮箱').fill('reviewer@example.com');
    await page.getByLabel('密码').fill('demo1234');
    await page.getByLabel('密码').press('Enter');
    const link = page.getByTestId('other-front-end');
    await link.waitFor();
    await expect(link.innerText()).resolves.toContain('协会管理后台');
    await expectNoSeriousA11yViolations(page, 'portal, no access for staff');
    await link.click();
    await page.waitForURL(/\/admin\/?$/);
    await page.getByRole('heading', { level: 1, name: '工作台' }).waitFor();
    await page.close();
  });

  it('a form in a dialog opens with the cursor in its first field, sends once however often it is pressed, keeps what was typed when refused, and opens afresh', async () => {
    const page = await running.browser.newPage();
    await signIn(page, 'admin@example.com', { at: `${running.system.baseUrl}/admin/` });
    await page.goto(`${running.system.baseUrl}/admin/rounds`);
    await page.getByRole('heading', { level: 1, name: '申报批次' }).waitFor();
    const creates: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.postData()?.includes('createRound'))
        creates.push(request.postData() ?? '');
    });
    const dialog = page.getByRole('dialog', { name: '新建批次' });
    const field = (label: string) => dialog.getByLabel(label, { exact: true });
    const fillDate = async (label: string, value: string) => {
      await field(label).click();
      await field(label).fill(value);
      // in a date field Enter takes the date and does not submit the form
      await field(label).press('Enter');
    };

    await page.getByRole('button', { name: '新建批次' }).click();
    // the cursor is in the first field once the dialog is open, so typing can start at once
    await page.waitForFunction(() => document.activeElement?.id === 'round_year');
    await field('年度').fill('2035');
    await field('名称').fill('2035年第一批（浏览器测试）');
    await fillDate('开始日期', '2035-03-01');
    await fillDate('申报截止', '2035-04-15');
    await fillDate('评审结束', '2035-06-15');
    expect(creates).toHaveLength(0);
    await dialog.getByRole('button', { name: '确定' }).dblclick();
    await page.getByRole('link', { name: '2035年第一批（浏览器测试）' }).waitFor();
    await dialog.waitFor({ state: 'detached' });
    expect(creates).toHaveLength(1);

    // the next opening starts from the defaults, not from what was sent last time
    await page.getByRole('button', { name: '新建批次' }).click();
    await expect(field('名称').inputValue()).resolves.toBe('');
    await expect(field('年度').inputValue()).resolves.toBe(String(new Date().getFullYear()));
    // the same round again: Enter in a field submits, the refusal names Art. 10, and the input stays
    await field('年度').fill('2035');
    await fillDate('开始日期', '2035-03-01');
    await fillDate('申报截止', '2035-04-15');
    await fillDate('评审结束', '2035-06-15');
    await field('名称').fill('重复的批次');
    await field('名称').press('Enter');
    await expect(dialog.getByTestId('round-failure').innerText()).resolves.toContain('第十条');
    expect(creates).toHaveLength(2);
    await expect(field('名称').inputValue()).resolves.toBe('重复的批次');
    await expectNoSeriousA11yViolations(page, 'console, a refused form in a dialog');
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.close();
  });

  it('in English the console names months and holidays in English, and a shown validation message follows the switch', async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.system.baseUrl}/admin/`);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('请输入电子邮箱').waitFor();
    await page.getByTestId('language-switch').getByText('English').click();
    await page.getByText('Please enter your email').waitFor();
    await page.getByText('请输入电子邮箱').waitFor({ state: 'detached' });

    await page.getByLabel('Email').fill('reviewer@example.com');
    await page.getByLabel('Password').fill('demo1234');
    await page.getByLabel('Password').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Workbench' }).waitFor();
    await expectNoSeriousA11yViolations(page, 'console workbench in English');
    await page.goto(`${running.system.baseUrl}/admin/calendar?year=2026`);
    await page.locator('[data-testid="calendar-year"][data-year="2026"]').waitFor();
    await page.getByText('January', { exact: true }).waitFor();
    await expect(page.getByText('Month 1', { exact: true }).count()).resolves.toBe(0);
    const nationalDay = page.locator('[data-testid="calendar-day"][data-date="2026-10-01"]');
    await expect(nationalDay.textContent()).resolves.toContain('National Day');
    await expect(nationalDay.textContent()).resolves.not.toContain('国庆');
    await expectNoSeriousA11yViolations(page, 'calendar in English');
    // back to Chinese for whoever uses this browser profile next
    await page.getByTestId('language-switch').getByText('中文').click();
    await page.close();
  });
});
