// From decision to certificate, signed out where the public would be: the
// administrator publishes a notice of a passed application; a visitor who is not signed in finds
// it on /public/notices, objects under a real name with a PDF attached and gets a receipt number;
// the administrator sees the attachment listed, dismisses the objection and the visitor reads the outcome by that receipt; the administrator
// awards a notice whose period is over (the new one runs for five working days, so it cannot be
// awarded today: its page says why); the new title is in the register, /public/verify says it
// is valid, and its certificate downloads as a PDF.
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './a11y.js';
import { useSystemAndBrowser } from './system.js';

const running = useSystemAndBrowser();
let admin: BrowserContext;
let visitor: BrowserContext;

beforeAll(async () => {
  // axe is injected through the DevTools protocol; bypassCSP keeps the apps' CSP from refusing it
  admin = await running.browser.newContext({ bypassCSP: true, acceptDownloads: true });
  visitor = await running.browser.newContext({ bypassCSP: true });
}, 240_000);

// Demo data (packages/db/src/seed/notice.ts): a passed application awaiting a notice, and a
// notice whose period is over with two entries ready to award.
const PASSED = '苏州工业园区企业服务中心';
const READY_NOTICE = /结果公示（第二次）$/;
const READY_ENTRY = '合肥科技成果转化服务中心';

async function adminPage(): Promise<Page> {
  const page = await admin.newPage();
  await page.goto(`${running.system.baseUrl}/admin/`);
  const signedIn = page.getByTestId('signed-in-user');
  const email = page.getByLabel('电子邮箱');
  await Promise.race([signedIn.waitFor(), email.waitFor()]);
  if (await email.isVisible()) {
    await email.fill('admin@example.com');
    await page.getByLabel('密码').fill('demo1234');
    await page.getByLabel('密码').press('Enter');
    await signedIn.waitFor();
  }
  return page;
}

describe('public notice to certificate in Chromium', () => {
  let noticeTitle = '';
  let receipt = '';
  let certificateNumber = '';

  it('the administrator publishes a notice after seeing its period on the working-day calendar', async () => {
    const page = await adminPage();
    await page.getByRole('menuitem', { name: '认定公示' }).click();
    await page.getByRole('heading', { level: 1, name: '认定公示' }).waitFor();
    await page.getByRole('button', { name: '发布公示' }).click();
    await page.getByRole('heading', { level: 1, name: '发布公示' }).waitFor();
    // the round with applications waiting is chosen; the passed application is offered
    await page.getByRole('checkbox', { name: PASSED }).check();
    const starts = await page.getByTestId('period-starts').innerText();
    const ends = await page.getByTestId('period-ends').innerText();
    expect(starts).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(ends > starts).toBe(true);
    noticeTitle = await page.getByLabel('公示标题').inputValue();
    expect(noticeTitle).toMatch(/结果公示$/);
    await expectNoSeriousA11yViolations(page, 'publish notice');
    await page.getByTestId('publish-submit').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByTestId('confirm-names').innerText()).resolves.toContain(PASSED);
    await expect(dialog.innerText()).resolves.toContain(`公示期 ${starts} 至 ${ends}`);
    await dialog.getByRole('button', { name: '发布公示' }).click();
    await page.getByRole('heading', { level: 1, name: noticeTitle }).waitFor();
    await page.getByTestId('notice-entries').getByText(PASSED).waitFor();
    // running for five working days: the award waits, and the page says why
    await page.getByTestId('award-blocker').waitFor();
    await expect(page.getByTestId('award-action').isDisabled()).resolves.toBe(true);
    await page.close();
  }, 180_000);

  it('a visitor who is not signed in finds the notice and objects under a real name, with a receipt', async () => {
    const page = await visitor.newPage();
    await page.goto(`${running.system.baseUrl}/public/notices`);
    const notice = page
      .getByTestId('public-notice')
      .filter({ has: page.getByRole('heading', { level: 2, name: noticeTitle, exact: true }) });
    await notice.waitFor();
    await expect(notice.getByTestId('notice-period').innerText()).resolves.toMatch(
      /^\d{4}年\d{1,2}月\d{1,2}日至\d{4}年\d{1,2}月\d{1,2}日/,
    );
    await expectNoSeriousA11yViolations(page, '/public/notices');
    await notice.getByRole('button', { name: `对${PASSED}提出异议` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('真实姓名或单位名称').fill('王建国');
    await dialog.getByLabel('联系电话或电子邮箱').fill('13800138000');
    await dialog.getByLabel('异议事实和理由').fill('该中心申报的服务企业数量与实际不符，请协会核实。');
    // an attachment, uploaded at once with its progress, listed before the objection is lodged;
    // the upload is held back here so that Enter is pressed while it still runs
    let releaseUpload = () => {};
    const uploadHeld = new Promise<void>((resolve) => (releaseUpload = resolve));
    await page.route('**/api/objection-attachments**', async (route) => {
      await uploadHeld;
      await route.continue();
    });
    await dialog.locator('input[type="file"]').setInputFiles({
      name: '服务合同.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'),
    });
    // Enter before the file is up: nothing is lodged, and the dialog says to wait
    await dialog.getByLabel('真实姓名或单位名称').press('Enter');
    await expect(dialog.getByTestId('objection-failure').innerText()).resolves.toContain('请等待附件上传完成后再提交');
    // meanwhile the file shows its progress, named, and the button looks and is marked unavailable
    await dialog.getByRole('progressbar', { name: '正在上传 服务合同.pdf' }).waitFor();
    const lodge = dialog.getByRole('button', { name: '提交异议' });
    await expect(lodge.getAttribute('aria-disabled')).resolves.toBe('true');
    await expect(lodge.evaluate((button) => getComputedStyle(button).cursor)).resolves.toBe('not-allowed');
    releaseUpload();
    await dialog.getByTestId('objection-attachments').getByText('服务合同.pdf').waitFor();
    await dialog.getByRole('progressbar', { name: '正在上传 服务合同.pdf' }).waitFor({ state: 'detached' });
    await expect(lodge.getAttribute('aria-disabled')).resolves.toBeNull();
    await expect(lodge.evaluate((button) => getComputedStyle(button).cursor)).resolves.toBe('pointer');
    // once it is up, the reason to wait is gone
    await dialog.getByTestId('objection-failure').waitFor({ state: 'detached' });
    await expectNoSeriousA11yViolations(page, 'objection dialog');
    await lodge.click();
    const number = dialog.getByTestId('objection-receipt');
    await number.waitFor();
    await expectNoSeriousA11yViolations(page, 'objection receipt');
    receipt = (await number.innerText()).trim();
    expect(receipt).toMatch(/^YY-\d{8}-[0-9A-Z]{8}$/);
    await expect(dialog.getByTestId('objection-attachment-count').innerText()).resolves.toContain('1');
    await page.close();
  }, 180_000);

  it('the administrator dismisses the objection with reasons; the visitor reads the outcome by receipt', async () => {
    const page = await adminPage();
    await page.getByRole('menuitem', { name: '公示异议' }).click();
    await page.getByRole('heading', { level: 1, name: '公示异议' }).waitFor();
    const row = page.locator('tr', { hasText: receipt });
    // the visitor's file is listed with the objection, to download
    await row.getByTestId('objection-attachments').getByRole('link', { name: '下载附件 服务合同.pdf' }).waitFor();
    await row.getByRole('button', { name: `处理对${PASSED}的异议` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(`驳回后，${PASSED}的公示不受影响。`).waitFor();
    await dialog.getByLabel('处理意见').fill('经核实，服务企业数量有合同和台账佐证，异议不成立。');
    await dialog.getByRole('button', { name: '确认驳回' }).click();
    await row.getByText('异议不成立', { exact: true }).waitFor();
    await page.close();

    const visit = await visitor.newPage();
    await visit.goto(`${running.system.baseUrl}/public/receipt?number=${encodeURIComponent(receipt)}`);
    const result = visit.getByTestId('objection-receipt-result');
    await result.getByText('异议不成立', { exact: true }).waitFor();
    await result.getByText('经核实，服务企业数量有合同和台账佐证，异议不成立。').waitFor();
    await visit.close();
  }, 180_000);

  it('the administrator awards a notice whose period is over, and downloads the new certificate', async () => {
    const page = await adminPage();
    await page.getByRole('menuitem', { name: '认定公示' }).click();
    await page.getByRole('link', { name: READY_NOTICE }).click();
    await page.getByTestId('award-card').waitFor();
    const action = page.getByTestId('award-action');
    await expect(action.isEnabled()).resolves.toBe(true);
    await action.click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByTestId('confirm-names').innerText()).resolves.toContain(READY_ENTRY);
    await dialog.getByRole('button', { name: '认定本公示全部对象' }).click();
    await page.getByTestId('detail-fields').waitFor();
    await page.getByTestId('page-frame').locator('header').getByText('已办结', { exact: true }).waitFor();
    await page.getByTestId('notice-entries').locator('tr', { hasText: READY_ENTRY }).getByText('已认定').waitFor();

    await page.getByRole('menuitem', { name: '示范平台证书' }).click();
    const row = page.getByTestId('certificates-table').locator('tr', { hasText: READY_ENTRY });
    await row.waitFor();
    certificateNumber = (await row.locator('td').first().innerText()).trim();
    expect(certificateNumber).toMatch(/^SMEPSP-/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: `下载${READY_ENTRY}的证书` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${certificateNumber}.pdf`);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.close();
  }, 180_000);

  it('the title is in the public register, and /public/verify says its certificate is valid', async () => {
    const page = await visitor.newPage();
    await page.goto(`${running.system.baseUrl}/public/register`);
    await page.getByRole('heading', { level: 1, name: '示范平台名录' }).waitFor();
    await page.getByLabel('机构名称').fill('合肥');
    await page.getByRole('button', { name: '查询' }).click();
    const row = page.getByTestId('public-register').locator('tr', { hasText: READY_ENTRY });
    await row.getByText(certificateNumber).waitFor();
    await expectNoSeriousA11yViolations(page, '/public/register');
    await row.getByRole('link', { name: '核验' }).click();
    const result = page.getByTestId('verify-result');
    await result.waitFor();
    await expect(result.getAttribute('data-status')).resolves.toBe('VALID');
    await result.getByText('该证书真实有效。').waitFor();
    await result.getByText(READY_ENTRY).waitFor();
    await expectNoSeriousA11yViolations(page, '/public/verify');

    // a number no certificate has is said to be unknown, not an error
    await page.goto(`${running.system.baseUrl}/public/verify?number=SMEPSP-1999-1-0001-X`);
    await page.getByTestId('verify-result').and(page.locator('[data-status="UNKNOWN"]')).waitFor();
    await page.close();
  }, 180_000);
});
