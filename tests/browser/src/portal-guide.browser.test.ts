// The portal guides the member: a non-member learns at the start that membership comes first
// (Art. 2) and the submit step lists what blocks submission; the figures refuse a minus sign and
// the panel writes them as the form asks; submission is confirmed saying what is frozen; the
// holder's workbench links to its spot checks and the titles it may renew; the signed-in menu
// reaches the public pages; every tab is named after its page; English step labels stay whole
// at 1366 px; and the pages touched here fit a 375 px phone.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './a11y.js';
import { useSystemAndBrowser } from './system.js';
import { signIn } from './sign-in.js';

const running = useSystemAndBrowser();

function creditCodeCheckCharacter(first17: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = [...first17].reduce((acc, c, i) => acc + alphabet.indexOf(c) * (weights[i] ?? 0), 0);
  return alphabet.charAt((31 - (sum % 31)) % 31);
}

const ORGANISATION = '绵阳科创中小企业服务中心有限公司';
const FIRST17 = '91510700MA6D2K3P5';
const CREDIT_CODE = `${FIRST17}${creditCodeCheckCharacter(FIRST17)}`;
const EMAIL = 'mianyang@example.org';
const PASSWORD = 'Mianyang-2026!';
const APP = '示范平台申报系统';

async function fitsWidth(page: Page, where: string): Promise<void> {
  const widths = await page.evaluate(() => ({
    scroll: document.scrollingElement?.scrollWidth ?? 0,
    inner: window.innerWidth,
  }));
  expect(widths.scroll, `${where}: scrolls sideways`).toBeLessThanOrEqual(widths.inner);
}

describe('the portal guides the member', () => {
  let draftUrl = '';

  it('a non-member is told before the draft that membership comes first, and the submit step lists what blocks it', async () => {
    const page = await running.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await page.goto(`${running.system.baseUrl}/register`);
    await page.getByLabel('机构名称').fill(ORGANISATION);
    await page.getByLabel('统一社会信用代码').fill(CREDIT_CODE);
    await page.getByTestId('credit-code-ok').waitFor();
    await page.getByLabel('联系人').fill('赵磊');
    await page.getByLabel('联系电话').fill('0816-2200007');
    await page.getByLabel('登录邮箱').fill(EMAIL);
    await page.getByLabel('登录密码').fill(PASSWORD);
    await page.getByLabel('确认密码').fill(PASSWORD);
    await page.getByRole('button', { name: '注册' }).click();
    await page.getByRole('heading', { level: 1, name: '会员资格' }).waitFor();
    await expect(page.title()).resolves.toBe(`会员资格 · ${APP}`);

    // the workbench says it first, with the step to take
    await page.getByRole('menuitem', { name: '工作台' }).click();
    const notice = page.getByTestId('membership-notice');
    await notice.waitFor();
    await expect(notice.innerText()).resolves.toContain('贵单位尚不是协会会员');
    await expect(notice.getByRole('link', { name: '申请入会' }).getAttribute('href')).resolves.toBe('/membership');
    await expect(page.title()).resolves.toBe(`工作台 · ${APP}`);

    // and so does the start of a draft
    await page.getByRole('menuitem', { name: '新建申报' }).click();
    await page.getByTestId('membership-notice').waitFor();
    await page.getByLabel('培训服务').check();
    await page.getByRole('button', { name: '创建申报草稿' }).click();
    await page
      .getByTestId('application-row')
      .filter({ hasText: '培训服务' })
      .first()
      .getByRole('link', { name: /查看/ })
      .click();
    await page.getByTestId('eligibility-panel').waitFor();
    draftUrl = page.url();
    await page.getByTestId('membership-notice').waitFor();

    // figures: a minus sign is refused as typed; 万元 reported in 万元; no share while staff contradict
    await page.getByRole('navigation', { name: '申报步骤' }).getByText('基本条件', { exact: true }).click();
    const assets = page.getByLabel('资产总额（万元）');
    await assets.click();
    await assets.pressSequentially('-5');
    await expect(assets.inputValue()).resolves.toBe('5');
    await assets.fill('0');
    const assetsCheck = page.locator('[data-testid="eligibility-check"][data-code="ART5_1_TOTAL_ASSETS"]');
    await assetsCheck.getByText('申报值：0万元').first().waitFor();
    await expect(assetsCheck.innerText()).resolves.not.toMatch(/0元[^万]/);
    await page.getByLabel('从事为中小企业服务的人员（人）').fill('19');
    await page.getByLabel(/^其中大专及以上学历/).fill('30');
    const share = page.locator('[data-testid="eligibility-check"][data-code="ART5_5_QUALIFIED_STAFF_SHARE"]');
    await share
      .getByText(/专业人员30人多于服务人员19人/)
      .first()
      .waitFor();
    await expect(share.innerText()).resolves.not.toContain('157.89');
    // consistent figures again, so the draft saves before the submission below
    await page.getByLabel(/^其中大专及以上学历/).fill('10');
    await share
      .getByText(/占52.63%/)
      .first()
      .waitFor();

    // the submit step: what blocks, then a confirmation saying what is frozen
    await page.getByRole('navigation', { name: '申报步骤' }).getByText('核对提交', { exact: true }).click();
    const blockers = page.getByTestId('submit-blockers');
    await blockers.locator('li[data-kind="membership"]').waitFor();
    await blockers.locator('li[data-kind="materials"]').waitFor();
    await blockers.locator('li[data-kind="eligibility"]').waitFor();
    await expectNoSeriousA11yViolations(page, 'portal editor submit step (non-member)');
    await page.getByLabel(/^本单位郑重声明/).check();
    await page.getByRole('button', { name: '提交申报' }).click();
    const confirm = page.getByRole('dialog').filter({ hasText: '确认提交申报？' });
    await expect(confirm.innerText()).resolves.toContain('申报材料、申报条件自查结果');
    await confirm.getByRole('button', { name: '确认提交' }).click();
    await page.getByTestId('submit-refusal').waitFor();
    await page.close();
  }, 240_000);

  it('English step labels do not break inside words at 1366 px', async () => {
    const page = await running.browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, EMAIL, { at: draftUrl, password: PASSWORD });
    await page.getByTestId('eligibility-panel').waitFor();
    await page.getByTestId('language-switch').getByText('English').click();
    await page.getByRole('navigation', { name: 'Application steps' }).waitFor();
    const titles = await page.getByTestId('step-title').evaluateAll((els) =>
      els.map((el) => {
        const style = getComputedStyle(el);
        const lineHeight = Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.5;
        return {
          text: el.textContent ?? '',
          lines: Math.round(el.getBoundingClientRect().height / lineHeight),
          words: (el.textContent ?? '').trim().split(/\s+/).length,
        };
      }),
    );
    expect(titles.map((t) => t.text)).toContain('Functions');
    expect(titles.map((t) => t.text)).toContain('Materials');
    // a label spreads over at most one line per word: a break, if any, falls between words
    for (const t of titles) expect(t.lines, `"${t.text}" broke inside a word`).toBeLessThanOrEqual(t.words);
    await expect(page.title()).resolves.toContain(' · ');
    await page.close();
  }, 120_000);

  it("the holder's workbench links to its open spot check and the title to renew; the menu reaches the public pages", async () => {
    const page = await running.browser.newPage({ viewport: { width: 1366, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, 'holder@example.com', { at: `${running.system.baseUrl}/applications` });
    await page.getByRole('menuitem', { name: '工作台' }).click();
    await page.getByRole('heading', { level: 1, name: '工作台' }).waitFor();
    await expect(page.getByTestId('membership-notice').count()).resolves.toBe(0);
    const check = page.getByTestId('workbench-spot-check').first();
    await check.waitFor();
    await expect(check.innerText()).resolves.toContain('截止');
    const renewal = page.getByTestId('workbench-renewal').first();
    await renewal.waitFor();
    await expect(renewal.getByRole('link').getAttribute('href')).resolves.toMatch(/^\/titles\//);
    await page.getByTestId('shell-association').waitFor();
    await expectNoSeriousA11yViolations(page, 'portal workbench (holder)');

    await check.getByRole('link', { name: '办理' }).click();
    await page.getByTestId('evidence-request').waitFor();
    await expect(page.title()).resolves.toMatch(/^抽查/);
    await page.getByRole('menuitem', { name: '公示公告与异议' }).click();
    await page.waitForURL('**/public/notices');
    expect(errors).toEqual([]);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.close();
  }, 120_000);

  it('at 375 px the pages touched here do not scroll sideways, and the menu holds the public links', async () => {
    const context = await running.browser.newContext({
      viewport: { width: 375, height: 812 },
      deviceScaleFactor: 2,
      hasTouch: true,
      locale: 'zh-CN',
    });
    const page = await context.newPage();
    await signIn(page, EMAIL, { at: `${running.system.baseUrl}/applications`, password: PASSWORD });
    await page.getByTestId('shell-menu-button').click();
    await page.getByRole('menuitem', { name: '工作台' }).click();
    await page.getByTestId('membership-notice').waitFor();
    await fitsWidth(page, 'workbench (non-member)');
    await page.goto(`${running.system.baseUrl}/applications/new`);
    await page.getByTestId('membership-notice').waitFor();
    await fitsWidth(page, 'new application (non-member)');
    await page.goto(draftUrl);
    await page.getByTestId('eligibility-panel').waitFor();
    await page.getByRole('navigation', { name: '申报步骤' }).getByText('核对提交', { exact: true }).click();
    await page.getByTestId('submit-blockers').waitFor();
    await fitsWidth(page, 'editor submit step');
    await page.getByTestId('shell-menu-button').click();
    await page.getByRole('menuitem', { name: '证书核验' }).waitFor();
    await page.getByRole('menuitem', { name: '示范平台名录' }).waitFor();
    await context.close();

    const holder = await running.browser.newContext({ viewport: { width: 375, height: 812 }, locale: 'zh-CN' });
    const h = await holder.newPage();
    await signIn(h, 'holder@example.com', { at: `${running.system.baseUrl}/applications` });
    await h.getByTestId('shell-menu-button').click();
    await h.getByRole('menuitem', { name: '工作台' }).click();
    await h.getByTestId('workbench-spot-check').first().waitFor();
    await fitsWidth(h, 'workbench (holder)');
    await h.getByTestId('workbench-spot-check').first().getByRole('link', { name: '办理' }).click();
    await h.getByTestId('evidence-request').waitFor();
    await fitsWidth(h, 'spot check page');
    await holder.close();
  }, 180_000);
});
