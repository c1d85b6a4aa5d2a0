// After the award as staff and a holder use it: the administrator imports a legacy
// title from a real CSV file (preview first), draws a spot-check sample and asks the holder for
// evidence; the holder (holder@example.com) follows the bell's notice in the portal and answers
// with a PDF uploaded, which the administrator sees listed in the campaign;
// the administrator revokes the imported title for a verified violation, records the holder's check
// as failed, which opens a revocation no one can dismiss (Art. 13), completes it, and the public
// register's revoked list and the verification page show the title revoked.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { signIn } from './sign-in.js';
import { useSystemAndBrowser } from './system.js';

const running = useSystemAndBrowser();
const dir = mkdtempSync(join(tmpdir(), 'sme-after-award-'));

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
});

const shanghaiDay = (offsetDays = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );
const year = Number(shanghaiDay().slice(0, 4));
// Demo data (packages/db/src/seed/title.ts): holder@example.com's organisation holds a title expiring this year.
const HOLDER_ORG = '杭州市创业服务促进会';
const REQUEST = `请于截止日前提交近一年服务台账（浏览器测试 ${Date.now()}）`;
const FINDINGS = '服务台账与申报的服务企业数量严重不符。';

async function signInAdmin(page: Page): Promise<void> {
  await signIn(page, 'admin@example.com', { at: `${running.system.baseUrl}/admin/` });
}

async function fillDate(page: Page, label: string, value: string): Promise<void> {
  const field = page.getByRole('dialog').getByLabel(label, { exact: true });
  await field.click();
  await field.fill(value);
  await field.press('Enter');
}

describe('after the award in Chromium', () => {
  let holderTitlePath = '';
  let campaignPath = '';

  it('the administrator imports a legacy title from a CSV file after a row-by-row preview', async () => {
    const page = await running.browser.newPage();
    await signInAdmin(page);
    await page.getByRole('menuitem', { name: '示范平台称号' }).click();
    await page.getByRole('heading', { level: 1, name: '示范平台称号' }).waitFor();
    await page.getByRole('button', { name: '导入历史称号' }).click();
    await page.getByRole('heading', { level: 1, name: '导入历史称号' }).waitFor();

    const bad = join(dir, 'bad.csv');
    writeFileSync(
      bad,
      `\uFEFF机构名称,统一社会信用代码,服务功能,认定日期,证书编号\r\n深圳湾创业服务中心,91440300MA5D00070,创业服务,${year - 1}-03-10,BT-IMPORT-0001\r\n`,
    );
    await page.locator('input[type="file"]').setInputFiles(bad);
    await page.getByTestId('import-problems').getByText('统一社会信用代码有误').waitFor();
    await expect(page.getByTestId('import-commit').isDisabled()).resolves.toBe(true);

    const good = join(dir, 'good.csv');
    writeFileSync(
      good,
      `\uFEFF机构名称,统一社会信用代码,服务功能,认定日期,证书编号\r\n深圳湾创业服务中心,91440300MA5D00077Y,创业服务、培训服务,${year - 1}-03-10,BT-IMPORT-0001\r\n`,
    );
    await page.locator('input[type="file"]').setInputFiles(good);
    await page.getByText('共 1 行，全部无误，可以导入。').waitFor();
    await page.getByTestId('import-commit').click();
    await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    await page.getByRole('heading', { level: 1, name: '示范平台称号' }).waitFor();
    await page.getByTestId('title-row-BT-IMPORT-0001').getByText('有效').waitFor();
    await page.close();
  }, 180_000);

  it('the administrator draws a sample, with its seed shown, and asks the holder for evidence', async () => {
    const page = await running.browser.newPage();
    await signInAdmin(page);
    await page.goto(`${running.system.baseUrl}/admin/spot-checks`);
    await page.getByRole('heading', { level: 1, name: '抽查' }).waitFor();
    await page.getByRole('button', { name: '发起抽查' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('抽查名称').fill('浏览器测试抽查');
    await dialog.getByLabel('抽查数量').fill('100');
    await dialog.getByLabel('随机种子（选填，不填则自动生成）').fill('browser-seed-1');
    await dialog.getByRole('button', { name: '发起抽查' }).click();
    await page.getByRole('heading', { level: 1, name: '浏览器测试抽查' }).waitFor();
    await expect(page.getByTestId('campaign-seed').innerText()).resolves.toContain('browser-seed-1');
    campaignPath = new URL(page.url()).pathname;

    const row = page.locator('tr', { hasText: HOLDER_ORG });
    await row.getByRole('button', { name: '要求提交材料' }).click();
    await page.getByRole('dialog').getByLabel('需要提交的材料').fill(REQUEST);
    await fillDate(page, '截止日期', shanghaiDay(14));
    await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    await row.getByText('待提交材料').waitFor();
    holderTitlePath = (await row.getByRole('link', { name: HOLDER_ORG }).getAttribute('href')) ?? '';
    expect(holderTitlePath).toMatch(/^\/admin\/titles\//);
    await page.close();
  }, 180_000);

  it('the holder follows the notice from the bell and answers with evidence', async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.system.baseUrl}/`);
    await page.getByLabel('电子邮箱').fill('holder@example.com');
    await page.getByLabel('密码').fill('demo1234');
    await page.getByLabel('密码').press('Enter');
    await page.getByTestId('signed-in-user').waitFor();
    await page.getByTestId('notification-bell').click();
    await page.getByTestId('notification-item').filter({ hasText: REQUEST }).locator('a').first().click();
    await page.getByTestId('evidence-request').getByText(REQUEST).waitFor();
    // the file goes up at once, with its progress, and is listed before the answer is sent
    await page.locator('input[type="file"]').setInputFiles({
      name: '服务台账.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'),
    });
    await page.getByTestId('evidence-files').getByRole('link', { name: '下载 服务台账.pdf' }).waitFor();
    await page.getByLabel('本机构的答复').fill('已附近一年服务台账及服务企业名单，共服务企业 312 家。');
    await page.getByRole('button', { name: '提交答复' }).click();
    await page.getByTestId('spot-check-response').getByText('共服务企业 312 家').waitFor();
    await page.getByTestId('spot-check-status').getByText('已提交材料').waitFor();
    await page.close();
  }, 180_000);

  it('the administrator revokes the imported title for a verified violation after a confirmation, and it shows as revoked', async () => {
    const page = await running.browser.newPage();
    await signInAdmin(page);
    await page.goto(`${running.system.baseUrl}/admin/titles?q=BT-IMPORT-0001`);
    await page.getByTestId('title-row-BT-IMPORT-0001').getByRole('link', { name: 'BT-IMPORT-0001' }).click();
    await page.getByRole('heading', { level: 1, name: '深圳湾创业服务中心 · BT-IMPORT-0001' }).waitFor();
    await page.getByTestId('title-status').getByText('有效').waitFor();
    await page.getByRole('button', { name: '撤销称号' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('事由说明').fill('经查实，该平台在服务收费中存在违规行为。');
    await dialog.getByLabel('查实依据与证据').fill('市场监管部门行政处罚决定书。');
    await fillDate(page, '生效日期', shanghaiDay());
    await page.locator('.ant-modal-footer').getByRole('button', { name: '撤销示范平台称号' }).click();
    // the confirmation names the organisation and the date before anything changes
    const confirmation = page.locator('.ant-modal-confirm');
    await confirmation
      .locator('.ant-modal-confirm-title', { hasText: '撤销 深圳湾创业服务中心 的示范平台称号？' })
      .waitFor();
    await confirmation.getByRole('button', { name: '撤销示范平台称号' }).click();
    await page.getByTestId('title-status').getByText('已撤销').waitFor();
    await page.close();
  }, 180_000);

  it('a failed check opens a revocation no one can dismiss (Art. 13); completed, the register and the verification page show it', async () => {
    const page = await running.browser.newPage();
    await signInAdmin(page);
    await page.goto(`${running.system.baseUrl}${campaignPath}`);
    const row = page.locator('tr', { hasText: HOLDER_ORG });
    await row.getByText('已提交材料').waitFor();
    // the holder's uploaded file is listed with its answer, to download
    await row.getByTestId('evidence-files').getByRole('link', { name: '下载证明材料 服务台账.pdf' }).waitFor();
    const certificateNumber = ((await row.getAttribute('data-testid')) ?? '').replace(/^spot-check-/, '');
    expect(certificateNumber).not.toBe('');
    await row.getByRole('button', { name: '判定不合格' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('判定不合格后，系统将立即对该称号立案撤销').waitFor();
    await dialog.getByLabel('抽查结论').fill(FINDINGS);
    await dialog.getByRole('button', { name: '确定' }).click();
    await row.getByText('抽查不合格').waitFor();
    await row.getByText(FINDINGS).waitFor();
    // the check is final: no result can be recorded again
    await expect(row.getByRole('button').count()).resolves.toBe(0);

    // at once public (Arts. 11, 13): the verification page and the register say the title is being revoked
    const passerBy = await running.browser.newPage();
    await passerBy.goto(`${running.system.baseUrl}/public/verify?number=${encodeURIComponent(certificateNumber)}`);
    const pending = passerBy.locator(
      '[data-testid="verify-result"][data-status="VALID"][data-revocation-pending="true"]',
    );
    await pending.getByText('有效 · 撤销办理中').waitFor();
    await pending.getByText('协会已对该示范平台称号启动撤销程序').waitFor();
    await passerBy.goto(`${running.system.baseUrl}/public/register?name=${encodeURIComponent(HOLDER_ORG)}`);
    await passerBy
      .getByTestId('public-register')
      .locator('tr', { hasText: certificateNumber })
      .getByTestId('register-pending')
      .getByText('撤销办理中')
      .waitFor();
    await passerBy.close();

    // the revocation the check opened: it can only be completed, never dismissed
    await page.goto(`${running.system.baseUrl}${holderTitlePath}`);
    const revocation = page.getByTestId('title-revocation');
    await revocation.getByText('撤销办理中').waitFor();
    await revocation.getByText('抽查不合格（第十三条）').waitFor();
    await page.getByRole('button', { name: '完成撤销' }).waitFor();
    await expect(page.getByRole('button', { name: /撤销称号|撤回|驳回|不予撤销|取消撤销/ }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: '完成撤销' }).click();
    const complete = page.getByRole('dialog');
    await complete.getByText('抽查不合格，已立案撤销（不能撤回）').waitFor();
    await fillDate(page, '生效日期', shanghaiDay());
    await page.locator('.ant-modal-footer').getByRole('button', { name: '完成撤销' }).click();
    const confirmation = page.locator('.ant-modal-confirm');
    await confirmation
      .locator('.ant-modal-confirm-title', { hasText: `撤销 ${HOLDER_ORG} 的示范平台称号？` })
      .waitFor();
    await confirmation.getByRole('button', { name: '完成撤销' }).click();
    await page.getByTestId('title-status').getByText('已撤销').waitFor();
    await revocation.getByText('已撤销').waitFor();
    await page.close();

    // published: the public register's revoked list and the verification page, to anyone
    const visitor = await running.browser.newPage();
    await visitor.goto(`${running.system.baseUrl}/public/register`);
    const listed = visitor.getByTestId('revoked-titles').locator('tr', { hasText: certificateNumber });
    await listed.getByText(HOLDER_ORG).waitFor();
    await listed.getByText('抽查不合格（第十三条）').waitFor();
    await visitor.goto(`${running.system.baseUrl}/public/verify?number=${encodeURIComponent(certificateNumber)}`);
    const verified = visitor.locator('[data-testid="verify-result"][data-status="REVOKED"]');
    await verified.getByText(/该证书已被撤销：自\d{4}年\d{1,2}月\d{1,2}日起不再具有示范平台称号/).waitFor();
    await expect(verified.getByText('撤销办理中').count()).resolves.toBe(0);
    await verified.getByText(HOLDER_ORG).waitFor();
    await visitor.close();
  }, 180_000);
});
