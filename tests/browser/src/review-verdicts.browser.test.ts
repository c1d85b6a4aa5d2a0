// Arts. 5 and 9 as staff meet them: a reviewer rejects an attested condition, the
// administrator's pass is refused and the decision screen says why; the reviewer reopens their
// review, revises it, and the pass goes through.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './a11y.js';
import { signIn } from './sign-in.js';
import { useSystemAndBrowser } from './system.js';

const running = useSystemAndBrowser();

// Demo data (packages/db/src/seed/review.ts): in review, assigned to reviewer@example.com
// (评审专家 孙立), not yet scored; its first attested condition is Art. 5(1)'s sound operation.
const IN_REVIEW = '苏州工业园区企业培训中心';
const FIRST_CONDITION = '经营规范，具有良好的发展前景和可持续发展能力';

async function openAsReviewer(page: Page): Promise<void> {
  await signIn(page, 'reviewer@example.com', { at: `${running.system.baseUrl}/admin/` });
  await page.getByRole('menuitem', { name: '我的评审' }).click();
  await page.getByRole('heading', { level: 1, name: '我的评审' }).waitFor();
  await page.getByRole('link', { name: IN_REVIEW }).click();
  await page.getByRole('heading', { level: 1, name: IN_REVIEW }).waitFor();
}

async function decideFromList(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: '评审决定' }).click();
  await page.getByRole('heading', { level: 1, name: '评审决定' }).waitFor();
  await page.locator('tr', { hasText: IN_REVIEW }).getByRole('checkbox').check();
  await page.getByTestId('batch-bar').getByRole('button', { name: '批量评审通过' }).click();
  await page.getByTestId('confirm-names').waitFor();
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  const dialog = page.getByRole('dialog', { name: '批量评审通过' });
  await dialog.getByLabel('决定说明').fill('经评审会议研究，评审通过。');
  await dialog.getByRole('button', { name: '确定' }).click();
}

describe('reviewers’ verdicts count, in Chromium', () => {
  let detailPath = '';

  it('the reviewer rejects an attested condition and recommends failing', async () => {
    const page = await running.browser.newPage();
    await openAsReviewer(page);
    await page.getByRole('button', { name: '我与该申报单位不存在利益冲突' }).click();
    const form = page.getByTestId('scoring-form');
    await form.waitFor();
    const inputs = form.locator('input.ant-input-number-input');
    for (let i = 0; i < (await inputs.count()); i += 1) await inputs.nth(i).fill('6');
    const rejected = form.getByRole('radio', { name: '不属实' });
    const confirmed = form.getByRole('radio', { name: '属实', exact: true });
    expect(await confirmed.count()).toBeGreaterThan(1);
    await rejected.first().check();
    for (let i = 1; i < (await confirmed.count()); i += 1) await confirmed.nth(i).check();
    await form.getByRole('radio', { name: '建议不通过' }).check();
    await form.getByLabel('评审意见').fill('经营规范性存疑，建议不通过。');
    await form.getByRole('button', { name: '提交评审意见' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    await page.getByTestId('review-submitted').getByText('您已提交评审意见').waitFor();
    await page.close();
  }, 180_000);

  it("the administrator's pass is refused, and the decision screen shows which condition and who rejected it", async () => {
    const page = await running.browser.newPage({ bypassCSP: true }); // axe is injected as an inline script
    await signIn(page, 'admin@example.com', { at: `${running.system.baseUrl}/admin/` });
    await page.getByRole('menuitem', { name: '评审决定' }).click();
    await page.getByRole('heading', { level: 1, name: '评审决定' }).waitFor();
    const rejections = page.locator('tr', { hasText: IN_REVIEW }).getByTestId('decision-rejections');
    await rejections.waitFor();
    await expect(rejections.innerText()).resolves.toContain('1 项被否决');
    await expect(rejections.innerText()).resolves.toMatch(
      new RegExp(`第五条第（一）项 ${FIRST_CONDITION}（评审专家 孙立否决）`),
    );
    await expectNoSeriousA11yViolations(page, 'decisions with a rejected condition');

    await decideFromList(page);
    const failure = page.getByTestId('decide-failure');
    await failure.waitFor();
    const text = await failure.innerText();
    expect(text).toContain(IN_REVIEW);
    expect(text).toContain('应同时具备');
    expect(text).toContain(FIRST_CONDITION);
    expect(text).toContain('评审专家 孙立');
    expect(text).toContain('系统规则');
    await page
      .getByRole('dialog', { name: '批量评审通过' })
      .getByRole('button', { name: /取\s*消/ })
      .click();
    await expect(page.locator('tr', { hasText: IN_REVIEW }).count()).resolves.toBe(1);

    // The application's own page: the reason at the top, each reviewer's verdicts in the reviews tab.
    await page.getByRole('link', { name: IN_REVIEW }).click();
    await page.getByRole('heading', { level: 1, name: IN_REVIEW }).waitFor();
    detailPath = new URL(page.url()).pathname;
    await expect(page.getByTestId('rejected-attestations').innerText()).resolves.toContain(FIRST_CONDITION);
    await page.getByRole('tab', { name: '评审情况' }).click();
    const verdicts = page.getByTestId('attestation-verdicts');
    await verdicts.waitFor();
    const rejectedRow = verdicts.locator('tr', { hasText: FIRST_CONDITION });
    await expect(rejectedRow.getByText('不属实').count()).resolves.toBe(1);
    await page.close();
  }, 180_000);

  it('the reviewer reopens the review, prefilled, and revises it', async () => {
    const page = await running.browser.newPage();
    await openAsReviewer(page);
    await page.getByTestId('review-submitted').getByRole('button', { name: '修改评审意见' }).click();
    const form = page.getByTestId('scoring-form');
    await form.waitFor();
    // Prefilled with the earlier answers.
    expect(Number(await form.locator('input.ant-input-number-input').first().inputValue())).toBe(6);
    await expect(form.getByRole('radio', { name: '不属实' }).first().isChecked()).resolves.toBe(true);
    await expect(form.getByLabel('评审意见').inputValue()).resolves.toBe('经营规范性存疑，建议不通过。');

    await form.getByRole('radio', { name: '属实', exact: true }).first().check();
    const inputs = form.locator('input.ant-input-number-input');
    for (let i = 0; i < (await inputs.count()); i += 1) await inputs.nth(i).fill('8');
    await form.getByRole('radio', { name: '建议通过' }).check();
    await form.getByLabel('评审意见').fill('补充核实后经营规范，建议通过。');
    await form.getByRole('button', { name: '提交修改' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
    await page.getByText('您已提交评审意见，加权得分 80').waitFor();
    await page.close();
  }, 180_000);

  it('the pass now goes through, and the revision is on the timeline', async () => {
    const page = await running.browser.newPage();
    await signIn(page, 'admin@example.com', { at: `${running.system.baseUrl}/admin/` });
    await page.getByRole('menuitem', { name: '评审决定' }).click();
    await page.getByRole('heading', { level: 1, name: '评审决定' }).waitFor();
    await page.locator('tr', { hasText: IN_REVIEW }).getByText('无否决').waitFor();
    await decideFromList(page);
    await page.getByText('已决定 1 项').waitFor();
    await page.locator('tr', { hasText: IN_REVIEW }).waitFor({ state: 'detached' });

    await page.goto(`${running.system.baseUrl}${detailPath}`);
    await page.getByRole('heading', { level: 1, name: IN_REVIEW }).waitFor();
    await page.getByTestId('page-frame').locator('header').getByText('评审通过', { exact: true }).first().waitFor();
    await expect(page.getByTestId('rejected-attestations').count()).resolves.toBe(0);
    await page.getByRole('tab', { name: '办理记录' }).click();
    const history = page.getByTestId('history-timeline');
    await history.getByText('评审意见已修改').waitFor();
    await history.getByText('评审意见已提交').waitFor();
    await page.close();
  }, 180_000);
});
