// The applicant's whole journey (issue #8) as a NEW organisation, in Chinese: it registers in the
// portal with a credit code checked as it is typed, applies for membership, the Membership
// Department approves it in the console naming the unit that developed it (Art. 2), and the
// member sees the approval.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './a11y.js';
import { launchChromium, startSystem, type RunningSystem } from './system.js';

let system: RunningSystem;
let browser: Browser;

beforeAll(async () => {
  system = await startSystem();
  browser = await launchChromium();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await system?.stop();
});

// GB 32100's check character, computed here so the code is valid by the rule, not by copy.
function creditCodeCheckCharacter(first17: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = [...first17].reduce((acc, c, i) => acc + alphabet.indexOf(c) * (weights[i] ?? 0), 0);
  return alphabet.charAt((31 - (sum % 31)) % 31);
}

const ORGANISATION = '成都天府中小企业服务港有限公司';
const FIRST17 = '91510100MA6C8R2T4';
const CREDIT_CODE = `${FIRST17}${creditCodeCheckCharacter(FIRST17)}`;
const WRONG_CHECK = `${FIRST17}${creditCodeCheckCharacter(FIRST17) === '0' ? '1' : '0'}`;
const EMAIL = 'chengdu@example.org';
const PASSWORD = 'tianfu-2026';

async function signInToConsole(page: Page, email: string): Promise<void> {
  await page.goto(`${system.baseUrl}/admin/`);
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码').fill('demo1234');
  await page.getByLabel('密码').press('Enter');
  await page.getByTestId('signed-in-user').waitFor();
}

describe('applicant journey in Chromium (in Chinese)', () => {
  let portal: Page;

  it('a new organisation registers, its credit code checked as it is typed (GB 32100), and applies for membership', async () => {
    portal = await browser.newPage();
    await portal.goto(`${system.baseUrl}/`);
    await portal.getByRole('link', { name: '注册新机构' }).click();
    await portal.getByRole('heading', { name: '机构注册' }).waitFor();
    await portal.getByLabel('机构名称').fill(ORGANISATION);
    await portal.getByLabel('统一社会信用代码').fill(WRONG_CHECK);
    await portal.getByText('统一社会信用代码校验位不正确').waitFor();
    await portal.getByLabel('统一社会信用代码').fill(CREDIT_CODE.toLowerCase());
    await portal.getByTestId('credit-code-ok').waitFor();
    await portal.getByLabel('联系人').fill('刘成');
    await portal.getByLabel('联系电话').fill('028-86000007');
    await portal.getByLabel('登录邮箱').fill(EMAIL);
    await portal.getByLabel('登录密码').fill(PASSWORD);
    await portal.getByLabel('确认密码').fill(PASSWORD);
    await expectNoSeriousA11yViolations(portal, 'portal registration');
    await portal.getByRole('button', { name: '注册' }).click();

    // signed in as the new organisation's first user, on the membership page
    await portal.getByRole('heading', { level: 1, name: '会员资格' }).waitFor();
    await expect(portal.getByTestId('signed-in-user').innerText()).resolves.toContain(ORGANISATION);
    await portal.getByTestId('membership-state').getByText('尚未申请入会').waitFor();
    await portal.getByLabel('入会说明（选填）').fill('本机构由信息部发展。');
    await portal.getByRole('button', { name: '提交入会申请' }).click();
    await portal.getByTestId('membership-state').getByText('入会申请审核中').waitFor();
    await expectNoSeriousA11yViolations(portal, 'portal membership (pending)');
  }, 180_000);

  it('the Membership Department approves the request in the console, naming the unit that developed the member (Art. 2)', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    await signInToConsole(page, 'membership@example.com');
    await page.getByRole('menuitem', { name: '入会审核' }).click();
    await page.getByRole('heading', { level: 1, name: '入会审核' }).waitFor();
    const row = page.locator('tr', { hasText: ORGANISATION });
    await row.waitFor();
    await expect(row.innerText()).resolves.toContain(CREDIT_CODE);
    await expectNoSeriousA11yViolations(page, 'console membership requests');
    await row.getByRole('button', { name: `通过 ${ORGANISATION}`, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('发展该会员的单位（推荐单位）').click();
    await page.locator('.ant-select-item-option', { hasText: '信息部' }).click();
    await dialog.locator('.ant-modal-title').click();
    await dialog.getByRole('button', { name: '确认通过' }).click();
    await page.getByText(`${ORGANISATION} 已成为协会会员`).waitFor();
    await row.getByText('推荐单位：信息部').waitFor();
    await page.close();
  }, 180_000);

  it('the member sees the approval with its recommending unit', async () => {
    await portal.reload();
    await portal.getByTestId('membership-state').getByText('已是协会会员').waitFor();
    await expect(portal.getByTestId('membership-state').innerText()).resolves.toContain('推荐单位：信息部');
  }, 60_000);
});
