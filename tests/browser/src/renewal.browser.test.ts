// A member's renewal (Art. 11), in Chinese. renewal@example.com's organisation (demo
// data, packages/db/src/seed/title.ts) holds a title won in this system that expires this
// calendar year, and an earlier title that was revoked. In the portal's 我的称号 the first shows as
// expiring this year with a renewal to start in the open round; the second says why it cannot be
// renewed, naming Art. 11. The renewal opens prefilled from the application that won the title
// (facts and functions), shows that lineage, and goes on to be submitted with its materials.
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './a11y.js';
import { waitForStatus } from './explain.js';
import { signIn } from './sign-in.js';
import { useSystemAndBrowser } from './system.js';
import { MATERIAL_KINDS, pdf } from './sample-files.js';

const running = useSystemAndBrowser();
let portal: Page;

beforeAll(async () => {
  portal = await running.browser.newPage();
}, 240_000);

const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 4));
// the round in which the demo organisation won the title that now expires (the renewal's source)
const SOURCE_ROUND = `${year - 3}年第二批中小企业公共服务示范平台认定`;

/** A title's card in 我的称号, found by the status it shows. */
function titleCard(page: Page, status: string): Locator {
  return page.locator('.ant-card').filter({ has: page.getByTestId('title-status').filter({ hasText: status }) });
}

describe('a member renews its title in Chromium (Art. 11)', () => {
  let certificateNumber = '';

  it('my titles shows the title expiring this year as renewable, and why the revoked one cannot be renewed (Art. 11)', async () => {
    await signIn(portal, 'renewal@example.com', { at: `${running.system.baseUrl}/` });
    await portal.getByRole('menuitem', { name: '我的称号' }).click();
    await portal.getByRole('heading', { level: 1, name: '我的称号' }).waitFor();

    const expiring = titleCard(portal, '本年到期');
    await expiring.getByText('今年可以再次申报（第十一条）').waitFor();
    await expect(expiring.getByTestId('renewal-blocker').count()).resolves.toBe(0);
    certificateNumber = (await expiring.locator('.ant-card-head a').first().innerText()).trim();
    expect(certificateNumber.length).toBeGreaterThan(0);

    const revoked = titleCard(portal, '已撤销');
    await revoked.getByText('称号已撤销').waitFor();
    const blocker = revoked.getByTestId('renewal-blocker');
    await blocker.getByText('现在不能再次申报（第十一条）').waitFor();
    await expect(blocker.getAttribute('data-code')).resolves.toBe('REVOKED_CANNOT_RENEW');
    await expect(blocker.innerText()).resolves.toContain('不能再次申报');
    // no way to start a renewal from the revoked title
    await expect(revoked.getByRole('button', { name: '开始再次申报' }).count()).resolves.toBe(0);
    await expectNoSeriousA11yViolations(portal, 'portal my titles (renewal)');
  }, 180_000);

  it('starts the renewal in the open round and finds it prefilled from the last application, with the lineage shown', async () => {
    const expiring = titleCard(portal, '本年到期');
    // the open round is chosen for the member; the button names what it does
    await expiring.getByRole('combobox', { name: '申报批次' }).waitFor();
    await expiring.getByRole('button', { name: '开始再次申报' }).click();

    const lineage = portal.getByTestId('renewal-lineage');
    await lineage.waitFor();
    await expect(lineage.getByTestId('renewal-lineage-title').innerText()).resolves.toBe(certificateNumber);
    await expect(lineage.getByTestId('renewal-lineage-source').innerText()).resolves.toBe(SOURCE_ROUND);
    await expect(lineage.getByTestId('title-status').innerText()).resolves.toBe('本年到期');

    // functions and facts as declared in the application that won the title
    await portal.locator('#step-functions-title').waitFor();
    await expect(portal.getByRole('checkbox', { name: '信息服务' }).isChecked()).resolves.toBe(true);
    await expect(portal.getByRole('checkbox', { name: '培训服务' }).isChecked()).resolves.toBe(true);
    await expect(portal.getByRole('checkbox', { name: '融资服务' }).isChecked()).resolves.toBe(false);
    await portal.getByRole('button', { name: '下一步' }).click();
    await portal.getByRole('heading', { name: '基本条件（第五条）' }).waitFor();
    await expect(portal.getByLabel('年服务中小企业（上一年度，家）').inputValue()).resolves.toBe('486');
    await expect(portal.getByLabel('年服务中小企业（前一年度，家）').inputValue()).resolves.toBe('412');
    await expect(portal.getByLabel('资产总额（万元）').inputValue()).resolves.toMatch(/^730(\.0+)?$/);
    await portal.getByRole('button', { name: '下一步' }).click();
    await expect(portal.getByLabel('培训服务：年培训（人次）').inputValue()).resolves.toMatch(/^3,?200$/);
    // the attestations came along too: the live check finds the renewal eligible as it stands
    await portal.locator('[data-testid="eligibility-panel"][data-eligible="true"]').waitFor();
    await expectNoSeriousA11yViolations(portal, 'portal renewal application (prefilled)');

    // the earlier application is one click away
    const source = await lineage.getByTestId('renewal-lineage-source').getAttribute('href');
    expect(source).toMatch(/^\/applications\//);
  }, 180_000);

  it('goes on to submit the renewal with its materials, and my titles shows it in progress', async () => {
    await portal.getByRole('navigation', { name: '申报步骤' }).getByText('申报材料', { exact: true }).click();
    await portal.getByRole('heading', { name: '申报材料（第七条）' }).waitFor();
    for (const kind of MATERIAL_KINDS) {
      await portal
        .locator(`[data-testid="material-kind"][data-kind="${kind}"]`)
        .locator('input[type="file"]')
        .setInputFiles({ name: `${kind}.pdf`, mimeType: 'application/pdf', buffer: pdf(`renewal ${kind}`) });
      await portal
        .locator(`[data-testid="material-kind"][data-kind="${kind}"][data-uploaded="true"]`)
        .waitFor({ timeout: 30_000 });
    }
    await portal.getByRole('navigation', { name: '申报步骤' }).getByText('核对提交', { exact: true }).click();
    await portal.getByLabel(/^本单位郑重声明/).check();
    await portal.getByRole('button', { name: '提交申报' }).click();
    await portal
      .getByRole('dialog')
      .filter({ hasText: '确认提交申报？' })
      .getByRole('button', { name: '确认提交' })
      .click();
    await waitForStatus(portal, 'SUBMITTED');
    // the submitted renewal keeps its lineage
    await expect(portal.getByTestId('renewal-lineage-title').innerText()).resolves.toBe(certificateNumber);

    await portal.getByRole('menuitem', { name: '我的称号' }).click();
    const expiring = titleCard(portal, '本年到期');
    await expiring.getByTestId('renewal-in-progress').waitFor();
    await expiring.getByRole('link', { name: /已提交/ }).waitFor();
    await expect(expiring.getByRole('button', { name: '开始再次申报' }).count()).resolves.toBe(0);
  }, 300_000);
});
