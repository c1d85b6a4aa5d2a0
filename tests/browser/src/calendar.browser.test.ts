// Art. 8 counts public-notice periods in working days on the statutory calendar, and next year's
// schedule arrives after the release that would carry it. An administrator therefore enters it in
// the console: here they make a Saturday of 2027 (a year the built-in data does not cover) a
// working day, see the notice-period preview count it, confirm the year's schedule (until then the
// page marks 2027 unconfirmed), and take the change back after confirming.
// A reviewer reads the same calendar without any editing controls.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './a11y.js';
import { useSystemAndBrowser } from './system.js';

const running = useSystemAndBrowser();

const NOTE = '国务院办公厅关于2027年部分节假日安排的通知（浏览器测试）';

async function openCalendar(email: string): Promise<Page> {
  const page = await running.browser.newPage();
  await page.goto(`${running.system.baseUrl}/admin/`);
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码').fill('demo1234');
  await page.getByLabel('密码').press('Enter');
  await page.getByTestId('signed-in-user').waitFor();
  await page.getByRole('menuitem', { name: '工作日历' }).click();
  await page.getByRole('heading', { name: '工作日历' }).waitFor();
  await page.locator('[data-testid="calendar-year"]').waitFor();
  await expectNoSeriousA11yViolations(page, `calendar (${email})`);
  return page;
}

async function showYear(page: Page, year: number): Promise<void> {
  const input = page.getByLabel('年份', { exact: true });
  await input.fill(String(year));
  await input.press('Enter');
  await page.locator(`[data-testid="calendar-year"][data-year="${year}"]`).waitFor();
}

function day(page: Page, date: string) {
  return page.locator(`[data-testid="calendar-day"][data-date="${date}"]`);
}

async function previewNotice(page: Page, publishedOn: string): Promise<{ endsOn: string; workingDays: string[] }> {
  // antd's date picker takes a typed date on Enter
  await page.getByLabel('公示发布日期').fill(publishedOn);
  await page.getByLabel('公示发布日期').press('Enter');
  const preview = page.getByTestId('notice-preview');
  await preview.locator(`[data-testid="notice-working-days"][data-published-on="${publishedOn}"]`).waitFor();
  return {
    endsOn: (await preview.getByTestId('notice-ends').innerText()).trim(),
    workingDays: (await preview.getByTestId('notice-working-day').allInnerTexts()).map((d) => d.trim()),
  };
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: '退出登录' }).click();
  await page.getByLabel('电子邮箱').waitFor();
  await page.close();
}

describe('working-day calendar in Chromium', () => {
  it('an administrator makes a 2027 Saturday a working day, the notice period counts it, and the change is removed after confirming', async () => {
    const page = await openCalendar('admin@example.com');
    await showYear(page, 2027);
    expect(page.url()).toContain('year=2027');
    // 2027 is past the built-in data, so the page marks it unconfirmed: its days are a Monday–Friday guess
    const status = page.getByTestId('calendar-year-status');
    await page.locator('[data-testid="calendar-year-status"][data-source="UNCONFIRMED"]').waitFor();
    await expect(status.innerText()).resolves.toContain('2027年节假日安排未确认');
    await expect(day(page, '2027-02-06').getAttribute('data-source')).resolves.toBe('WEEKEND');
    // without the override, a notice published on Friday 5 February skips the weekend
    expect(await previewNotice(page, '2027-02-05')).toEqual({
      endsOn: '2027-02-11',
      workingDays: ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11'],
    });

    await day(page, '2027-02-06').click();
    const dialog = page.getByRole('dialog', { name: '调整 2027-02-06' });
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: '设为工作日' }).check();
    // the source of the change is required (Art. 8): saving without it is refused on the note field
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.getByText('请说明依据').waitFor();
    await expectNoSeriousA11yViolations(page, 'calendar day editor');
    await dialog.getByLabel('依据说明').fill(NOTE);
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.getByText('已将 2027-02-06 设为工作日').waitFor();
    await dialog.waitFor({ state: 'hidden' });

    // shown as an override in the grid and in the year's list, with who made it and why
    await page
      .locator('[data-testid="calendar-day"][data-date="2027-02-06"][data-source="OVERRIDE"][data-working="true"]')
      .waitFor();
    const row = page.locator('[data-testid="override-row"][data-date="2027-02-06"]');
    await row.waitFor();
    const rowText = await row.innerText();
    expect(rowText).toContain(NOTE);
    expect(rowText).toContain('工作日');
    expect(rowText).toContain('秘书处管理员');

    // with its schedule entered, the administrator confirms the year, and the page says who did
    await status.getByRole('button', { name: '确认2027年节假日安排' }).click();
    const confirmYear = page.getByRole('dialog', { name: '确认2027年节假日安排？' });
    await confirmYear.getByLabel('依据（可选）').fill(NOTE);
    await confirmYear.getByRole('button', { name: '确认' }).click();
    await page.locator('[data-testid="calendar-year-status"][data-source="CONFIRMED"]').waitFor();
    await expect(status.innerText()).resolves.toContain('秘书处管理员');

    // the preview is recomputed on the changed calendar: Saturday now counts
    await page.getByTestId('notice-working-day').filter({ hasText: '2027-02-06' }).waitFor();
    expect(await previewNotice(page, '2027-02-05')).toEqual({
      endsOn: '2027-02-10',
      workingDays: ['2027-02-05', '2027-02-06', '2027-02-08', '2027-02-09', '2027-02-10'],
    });

    // removing asks first; cancelling keeps the override
    await row.getByRole('button', { name: '撤销' }).click();
    const confirm = page.getByRole('tooltip').filter({ hasText: '撤销对 2027-02-06 的调整？' });
    await confirm.waitFor();
    await confirm.getByRole('button', { name: '取消' }).click();
    await expect(row.count()).resolves.toBe(1);
    await row.getByRole('button', { name: '撤销' }).click();
    await confirm.getByRole('button', { name: '撤销调整' }).click();
    await page.getByText('已撤销对 2027-02-06 的调整').waitFor();
    await row.waitFor({ state: 'detached' });
    await page.locator('[data-testid="calendar-day"][data-date="2027-02-06"][data-source="WEEKEND"]').waitFor();
    await page.getByTestId('notice-ends').filter({ hasText: '2027-02-11' }).waitFor();

    await signOut(page);
  });

  it('an administrator reaches the editor from the keyboard by typing a date, and an existing override opens as it stands', async () => {
    const page = await openCalendar('admin@example.com');
    await showYear(page, 2026);
    const openEditor = async (date: string) => {
      await page.getByLabel('日期', { exact: true }).fill(date);
      await page.getByLabel('日期', { exact: true }).press('Enter');
      const dialog = page.getByRole('dialog', { name: `调整 ${date}` });
      await dialog.getByLabel('依据说明').waitFor();
      return dialog;
    };
    const note = '国务院办公厅关于2027年部分节假日安排的通知：10月9日上班';

    // a date in another year: the page switches to that year and the editor opens on it
    let dialog = await openEditor('2027-10-09');
    await page.locator('[data-testid="calendar-year"][data-year="2027"]').waitFor();
    await dialog.getByRole('radio', { name: '设为工作日' }).check();
    await dialog.getByLabel('依据说明').fill(note);
    await dialog.getByLabel('依据说明').press('Tab');
    await dialog.getByRole('button', { name: '保存' }).press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('[data-testid="override-row"][data-date="2027-10-09"]').waitFor();

    // opened again from another year, the editor waits for 2027 and starts from the saved override
    await showYear(page, 2026);
    dialog = await openEditor('2027-10-09');
    await expect(dialog.getByLabel('依据说明').inputValue()).resolves.toBe(note);
    await expect(dialog.getByRole('radio', { name: '设为工作日' }).isChecked()).resolves.toBe(true);
    await expect(dialog.getByTestId('day-editor-current').innerText()).resolves.toContain('人工调整');
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const row = page.locator('[data-testid="override-row"][data-date="2027-10-09"]');
    await row.getByRole('button', { name: '撤销' }).click();
    await page
      .getByRole('tooltip')
      .filter({ hasText: '撤销对 2027-10-09 的调整？' })
      .getByRole('button', { name: '撤销调整' })
      .click();
    await row.waitFor({ state: 'detached' });
    await signOut(page);
  });

  it('a reviewer sees the calendar and the notice-period preview without editing controls', async () => {
    const page = await openCalendar('reviewer@example.com');
    await page.getByTestId('calendar-read-only').waitFor();
    await page.getByTestId('calendar-legend').waitFor();
    await expect(page.locator('[data-testid="calendar-day"]').count()).resolves.toBeGreaterThanOrEqual(365);
    await expect(page.locator('button[data-testid="calendar-day"]').count()).resolves.toBe(0);
    await expect(page.getByText('调整某一天').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: '撤销' }).count()).resolves.toBe(0);

    await showYear(page, 2026);
    // a built-in public holiday, named in the day's accessible label
    const nationalDay = day(page, '2026-10-01');
    await expect(nationalDay.getAttribute('data-source')).resolves.toBe('PUBLIC_HOLIDAY');
    await expect(nationalDay.textContent()).resolves.toContain('国庆节');
    await nationalDay.click();
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);

    const preview = await previewNotice(page, '2026-09-30');
    expect(preview.workingDays).toHaveLength(5);
    expect(preview.workingDays).not.toContain('2026-10-01');
    await expect(page.locator('.ant-alert-error').count()).resolves.toBe(0);

    await signOut(page);
  });
});
