// A staff member turns on two-step sign-in on the account security page (账号安全): scans the
// QR code (the test reads the key shown beside it and computes the code with otplib, the
// library the API verifies with), keeps the recovery codes shown once, signs out and signs in
// again with a code. The administrator then finds the enrolment on the audit trail page
// (审计日志) filtered by its action, in words. Both pages are checked with axe.
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './a11y.js';
import { signIn } from './sign-in.js';
import { useSystemAndBrowser } from './system.js';

// A fresh database: enrolling a demo account must not change the data other tests sign in to.
const running = useSystemAndBrowser({ fresh: true });

// otplib as the API resolves it (the same library and version).
async function totp(secret: string): Promise<string> {
  const apiPackage = fileURLToPath(new URL('../../../apps/api/package.json', import.meta.url));
  const path = createRequire(apiPackage).resolve('otplib');
  const otplib = (await import(pathToFileURL(path).href)) as { generate: (o: { secret: string }) => Promise<string> };
  return otplib.generate({ secret });
}

// A code is accepted once per 30-second step: the sign-in after enrolment waits for the next one.
const untilNextStep = () => new Promise((resolve) => setTimeout(resolve, 30_000 - (Date.now() % 30_000) + 1_000));

describe('account security and the audit trail in Chromium', () => {
  it('a staff member enrols in two-step sign-in, signs in with a code, and the audit trail shows it', async () => {
    const page = await running.browser.newPage();
    await signIn(page, 'unit@example.com', { at: `${running.system.baseUrl}/admin/` });
    await page.getByRole('menuitem', { name: '账号安全' }).click();
    await page.getByRole('heading', { name: '账号安全' }).waitFor();
    await expectNoSeriousA11yViolations(page, 'account security');

    await page.getByLabel('当前密码').fill('demo1234');
    await page.getByRole('button', { name: '启用两步验证' }).click();
    const secret = (await page.getByTestId('totp-secret').innerText()).trim();
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await page.getByLabel('6 位验证码').fill(await totp(secret));
    await page.getByRole('button', { name: '确认启用' }).click();
    const codes = page.getByTestId('recovery-codes').locator('li');
    await codes.first().waitFor();
    expect(await codes.count()).toBe(10);
    await expectNoSeriousA11yViolations(page, 'account security, recovery codes');
    await page.getByRole('button', { name: '我已保存恢复码' }).click();
    await page.getByTestId('page-frame').getByText('两步验证已启用').waitFor();

    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByLabel('电子邮箱').waitFor();
    await untilNextStep();
    await page.getByLabel('电子邮箱').fill('unit@example.com');
    await page.getByLabel('密码').fill('demo1234');
    await page.getByLabel('密码').press('Enter');
    const codeField = page.getByLabel('动态码或恢复码');
    await codeField.waitFor();
    await codeField.fill(await totp(secret));
    await codeField.press('Enter');
    await page.getByTestId('signed-in-user').waitFor();
    await page.close();

    const admin = await running.browser.newPage();
    await signIn(admin, 'admin@example.com', { at: `${running.system.baseUrl}/admin/` });
    await admin.getByRole('menuitem', { name: '审计日志' }).click();
    await admin.getByRole('heading', { name: '审计日志' }).waitFor();
    await admin.getByLabel('操作', { exact: true }).fill('启用两步验证');
    await admin.keyboard.press('Enter');
    await admin.waitForURL(/action=auth\.twoFactorEnabled/);
    const row = admin.locator('tbody tr', { hasText: '启用两步验证' }).first();
    await row.waitFor();
    // Beijing time in Chinese, the action in words, never its code.
    expect(await row.innerText()).toMatch(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/);
    expect(await admin.locator('tbody').innerText()).not.toContain('auth.twoFactorEnabled');
    await expectNoSeriousA11yViolations(admin, 'audit trail');
    await admin.close();
  }, 180_000);
});
