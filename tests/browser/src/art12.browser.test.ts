// Art. 12 and Art. 14 as people use them: a member of an accredited platform (platform@example.com,
// 广州市中小企业公共服务中心) records a service and submits the year's annual service report, which
// freezes the year's records; the administrator records the platform's attendance at an association
// activity and accepts the report; the ranking for national recommendation shows the platform with
// each named component and its weight; the administrator recommends it from the ranking with a note
// and downloads the recommended list (Excel) and the platform's dossier (PDF). Every new page
// passes axe, and the service-record page fits a 375 px phone.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './a11y.js';
import { signIn } from './sign-in.js';
import { useSystemAndBrowser } from './system.js';

const running = useSystemAndBrowser();

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const thisYear = Number(today.slice(0, 4));
// Demo data (packages/db/src/seed/notice.ts): platform@example.com is a member of this title holder.
const PLATFORM = '广州市中小企业公共服务中心';
const SERVICE = `小微企业免费财税诊断（浏览器测试 ${Date.now()}）`;
const ACTIVITY = `示范平台经验交流会（浏览器测试 ${Date.now()}）`;

async function fillDate(page: Page, label: string, value: string): Promise<void> {
  const field = page.getByRole('dialog').getByLabel(label, { exact: true });
  await field.click();
  await field.fill(value);
  await field.press('Enter');
}

async function signInAdmin(page: Page): Promise<void> {
  await signIn(page, 'admin@example.com', { at: `${running.system.baseUrl}/admin/` });
}

describe('Art. 12 service records and reports, Art. 14 ranking, in Chromium', () => {
  // The year of the report the member writes: the first one its title owes and has not submitted.
  let year = 0;
  let recordsPath = '';

  it('the member finds the report its title owes and records a service for that year', async () => {
    const page = await running.browser.newPage();
    await signIn(page, 'platform@example.com', { at: `${running.system.baseUrl}/` });
    await page.getByRole('menuitem', { name: '年度服务报告' }).click();
    await page.getByRole('heading', { level: 1, name: '年度服务报告' }).waitFor();
    await expectNoSeriousA11yViolations(page, 'portal annual reports');
    const open = page
      .getByTestId('annual-reports')
      .getByRole('link', { name: /^填写报告：.+的\d{4}年度服务报告$/ })
      .first();
    year = Number(/的(\d{4})年度服务报告$/.exec((await open.getAttribute('aria-label')) ?? '')?.[1]);
    expect(year).toBeGreaterThan(2000);
    await open.click();
    await page.getByRole('heading', { level: 1, name: `${year}年度服务报告` }).waitFor();
    const before = Number((await page.getByTestId('figure-enterprises').innerText()).replaceAll(',', ''));

    await page.getByRole('link', { name: '查看和修改服务记录' }).click();
    await page.getByRole('heading', { level: 1, name: '服务记录' }).waitFor();
    recordsPath = new URL(page.url()).pathname + new URL(page.url()).search;
    await page.getByTestId('service-record-add').click();
    const dialog = page.getByRole('dialog');
    await fillDate(page, '服务日期', year === thisYear ? today : `${year}-12-31`);
    await dialog.getByLabel('服务名称').fill(SERVICE);
    await dialog.getByLabel('服务企业数（家）').fill('25');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.getByTestId('service-records').locator('tr', { hasText: SERVICE });
    await row.getByText('公益性服务').waitFor();

    // evidence goes up through the edit dialog and is listed with the record, to download
    await row.getByRole('button', { name: `编辑 ${SERVICE}` }).click();
    const edit = page.getByRole('dialog');
    await edit.locator('input[type="file"]').setInputFiles({
      name: '活动签到表.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'),
    });
    await edit.getByTestId('service-record-evidence').getByText('活动签到表.pdf').waitFor();
    await edit.getByRole('button', { name: '取消' }).click();
    await row.getByRole('link', { name: '活动签到表.pdf' }).waitFor();

    // the report's figures are the year's records: 25 more enterprises served
    await page.getByTestId('service-record-report').click();
    await page.getByRole('heading', { level: 1, name: `${year}年度服务报告` }).waitFor();
    await expect
      .poll(async () => Number((await page.getByTestId('figure-enterprises').innerText()).replaceAll(',', '')))
      .toBe(before + 25);
    await page.close();
  }, 180_000);

  it('the service-record page passes axe and fits a 375 px phone', async () => {
    const context = await running.browser.newContext({ viewport: { width: 375, height: 812 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await signIn(page, 'platform@example.com', { at: `${running.system.baseUrl}/` });
    await page.goto(`${running.system.baseUrl}${recordsPath}`);
    await page.getByRole('heading', { level: 1, name: '服务记录' }).waitFor();
    await page.getByTestId('service-records').locator('tr', { hasText: SERVICE }).waitFor();
    const widths = await page.evaluate(() => ({
      scroll: document.scrollingElement?.scrollWidth ?? 0,
      inner: window.innerWidth,
    }));
    expect(widths.scroll, 'the service-record page scrolls sideways at 375 px').toBeLessThanOrEqual(widths.inner);
    const add = page.getByTestId('service-record-add');
    await add.scrollIntoViewIfNeeded();
    const box = await add.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= widths.inner, 'the add button lies on the screen').toBe(true);
    await expectNoSeriousA11yViolations(page, 'portal service records at 375 px');
    await context.close();
  }, 180_000);

  it('the member submits the report after a confirmation that says what freezes', async () => {
    const page = await running.browser.newPage();
    await signIn(page, 'platform@example.com', { at: `${running.system.baseUrl}/` });
    await page.goto(`${running.system.baseUrl}${recordsPath}`);
    await page.getByTestId('service-record-report').click();
    await page.getByRole('heading', { level: 1, name: `${year}年度服务报告` }).waitFor();
    await page.getByLabel('年度服务总结').fill('本年度组织财税诊断、融资对接等公益性服务，积极参加协会活动。');
    await expectNoSeriousA11yViolations(page, 'portal annual report, before submitting');
    await page.getByTestId('annual-report-submit').click();
    const confirmation = page.getByRole('dialog');
    await confirmation.getByText(`${year}年的服务记录将冻结`, { exact: false }).waitFor();
    await confirmation.getByRole('button', { name: '提交报告' }).click();
    await page.getByTestId('annual-report-status').getByText('已提交').waitFor();
    await page.getByTestId('annual-report-summary').waitFor();
    await expectNoSeriousA11yViolations(page, 'portal annual report, submitted');

    // the year's records are frozen now
    await page.goto(`${running.system.baseUrl}${recordsPath}`);
    await page.getByTestId('service-record-frozen').waitFor();
    await expect(page.getByTestId('service-record-add').isDisabled()).resolves.toBe(true);
    await page.close();
  }, 180_000);

  it('the administrator records the platform’s attendance at an activity and accepts the report', async () => {
    const page = await running.browser.newPage();
    await signInAdmin(page);
    await page.getByRole('menuitem', { name: '协会活动' }).click();
    await page.getByRole('heading', { level: 1, name: '协会活动' }).waitFor();
    await page.getByRole('button', { name: '新建活动' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('活动名称').fill(ACTIVITY);
    await fillDate(page, '举办日期', year === thisYear ? today : `${year}-12-31`);
    await dialog.getByLabel('举办地点').fill('北京');
    await dialog.getByRole('button', { name: '创建' }).click();
    await page.goto(`${running.system.baseUrl}/admin/association-activities?year=${year}`);
    const activity = page.locator('tr', { hasText: ACTIVITY });
    await activity.waitFor();
    await activity.getByRole('button', { name: '登记参加平台' }).click();
    const attendance = page.getByRole('dialog');
    await attendance.getByLabel('参加的示范平台').fill(PLATFORM);
    await page.locator('.ant-select-item-option', { hasText: PLATFORM }).first().click();
    // leave the picker (its list would cover the dialog's buttons): click the dialog's hint
    await attendance.getByText('选择参加本次活动的示范平台', { exact: false }).click();
    await page.locator('.ant-select-dropdown').waitFor({ state: 'hidden' });
    await attendance.getByTitle(PLATFORM, { exact: false }).first().waitFor();
    await attendance.getByRole('button', { name: '保存' }).click();
    await page
      .getByRole('dialog')
      .filter({ hasText: '的参加平台名单？' })
      .getByRole('button', { name: '确定' })
      .click();
    await activity.getByText(PLATFORM, { exact: false }).waitFor();
    await expectNoSeriousA11yViolations(page, 'console association activities');

    await page.goto(`${running.system.baseUrl}/admin/annual-reports?year=${year}&status=SUBMITTED`);
    await page.getByRole('heading', { level: 1, name: '年度服务报告' }).waitFor();
    const report = page.getByTestId('annual-reports').locator('tr', { hasText: PLATFORM });
    await report.waitFor();
    await expectNoSeriousA11yViolations(page, 'console annual reports');
    await report.getByRole('link', { name: `查看 ${PLATFORM}` }).click();
    await page.getByRole('heading', { level: 1, name: `${PLATFORM} · ${year}年度服务报告` }).waitFor();
    await expectNoSeriousA11yViolations(page, 'console annual report');
    await page.getByRole('button', { name: '接收报告' }).click();
    await page.getByRole('dialog').getByLabel('意见').fill('服务记录完整，予以接收。');
    await page.getByRole('dialog').getByRole('button', { name: '接收报告' }).click();
    await page.getByRole('dialog').filter({ hasText: '接收该报告？' }).getByRole('button', { name: '确定' }).click();
    await page.getByTestId('annual-report-status').getByText('已接收').waitFor();
    await page.getByTestId('report-review-note').getByText('服务记录完整，予以接收。').waitFor();

    // the title's page shows the record a spot check reads: the service, the report, the attendance
    const titlePath =
      (await page.getByTestId('detail-fields').getByRole('link', { name: PLATFORM }).getAttribute('href')) ?? '';
    await page.goto(`${running.system.baseUrl}${titlePath}?tab=serviceRecords`);
    await page.getByTestId('title-reports').getByText('已接收').first().waitFor();
    await page.getByTestId('title-activities').getByText(ACTIVITY).waitFor();
    if (year !== thisYear) {
      await page.getByLabel('年度', { exact: true }).click();
      await page.locator('.ant-select-item-option', { hasText: String(year) }).click();
    }
    await page.getByTestId('title-service-records').getByText(SERVICE).waitFor();
    await expectNoSeriousA11yViolations(page, 'console title page, service records and reports');
    await page.close();
  }, 180_000);

  it('the ranking shows the platform with its named, weighted components; recommend it and export', async () => {
    const page = await running.browser.newPage();
    await signInAdmin(page);
    await page.getByRole('menuitem', { name: '择优排序' }).click();
    await page.getByRole('heading', { level: 1, name: '推荐国家级 · 择优排序' }).waitFor();
    // the recommendation of the next year reads the accepted reports up to the one just accepted
    const recommendationYear = year + 1;
    await page.goto(`${running.system.baseUrl}/admin/national-recommendations/ranking?year=${recommendationYear}`);
    const row = page.getByTestId('ranking').locator('tr', { hasText: PLATFORM });
    await row.waitFor();
    // each component is a column named with its weight, and the platform has a value in each
    for (const name of ['认定评审得分', '服务企业数增长', '公益性服务占比', '参加协会活动', '抽查结果', '获评年限']) {
      await page.getByRole('columnheader', { name: new RegExp(`^${name}（权重 [0-9.]+）`) }).waitFor();
    }
    await expect(row.locator('[data-component]').count()).resolves.toBe(6);
    await expect(row.getByTestId('ranking-score').innerText()).resolves.toMatch(/^[0-9.]+$/);
    // the accepted report's free service and the recorded attendance count
    await expect(row.locator('[data-component="PUBLIC_WELFARE_SHARE"]').innerText()).resolves.not.toMatch(/^0%/);
    await expect(row.locator('[data-component="ACTIVITIES_ATTENDED"]').innerText()).resolves.not.toMatch(/^0%/);
    await expectNoSeriousA11yViolations(page, 'console ranking');

    await row.getByRole('checkbox').check();
    await page.getByLabel('推荐说明（选填）').fill('服务记录完整，公益性服务占比高。');
    await page.getByTestId('ranking-recommend').click();
    const confirmation = page.getByRole('dialog');
    await confirmation.getByTestId('confirm-names').getByText(PLATFORM).waitFor();
    await confirmation.getByRole('button', { name: '推荐所选平台' }).click();
    await row.getByText('已推荐').waitFor();
    // the ranking the recommendation was made from is kept with the weights it used
    await page
      .getByTestId('ranking-record')
      .getByText(/按第 \d+ 版权重排序：认定评审得分 \d+/)
      .waitFor();

    const [list] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ranking-export').click()]);
    expect(list.suggestedFilename()).toMatch(/\.xlsx$/);
    // an XLSX is a zip archive
    expect(
      readFileSync(await list.path())
        .subarray(0, 2)
        .toString('latin1'),
    ).toBe('PK');

    const [dossier] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('link', { name: `下载推荐材料 PDF：${PLATFORM}` }).click(),
    ]);
    expect(dossier.suggestedFilename()).toMatch(/\.pdf$/);
    expect(
      readFileSync(await dossier.path())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
    await page.close();
  }, 180_000);
});
