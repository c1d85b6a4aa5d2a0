// The thin slice through every layer, as people use it: a member signs in to the portal and
// creates a draft for the open round; an administrator signs in to the console and finds it in
// the applications list with its organisation and status. Both sign out.
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './a11y.js';
import { useSystemAndBrowser } from './system.js';
import { signIn } from './sign-in.js';

const running = useSystemAndBrowser();

describe('draft application slice in Chromium', () => {
  let organisationName = '';

  it('a member creates a draft for the open round in the portal (in Chinese by default)', async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.system.baseUrl}/`);
    // Chinese is the default language: the sign-in form is labelled in Chinese.
    await page.getByLabel('电子邮箱').waitFor();
    await expectNoSeriousA11yViolations(page, 'portal sign-in');
    await signIn(page, 'member@example.com');
    // the member's home is the workbench
    await page.getByRole('heading', { level: 1, name: '工作台' }).waitFor();
    await page.getByTestId('workbench-applications').waitFor();
    await expectNoSeriousA11yViolations(page, 'portal workbench');

    await page.getByRole('menuitem', { name: '新建申报' }).click();
    await page.getByRole('heading', { level: 1, name: '新建申报' }).waitFor();
    await page.getByTestId('applicant-organisation').waitFor();
    await expectNoSeriousA11yViolations(page, 'portal new application');
    organisationName = (await page.getByTestId('applicant-organisation').innerText()).trim();
    expect(organisationName.length).toBeGreaterThan(0);
    await page.getByLabel('培训服务').check();
    await page.getByRole('button', { name: '创建申报草稿' }).click();

    const row = page.getByTestId('application-row').filter({ hasText: '培训服务' });
    await row.first().waitFor();
    await expect(row.first().innerText()).resolves.toContain('草稿');
    await expectNoSeriousA11yViolations(page, 'portal my applications');

    // the row opens the application's own page with its progress
    await row.first().getByRole('link', { name: /查看/ }).click();
    await page.getByTestId('status-steps').waitFor();
    await expect(page.getByTestId('detail-fields').innerText()).resolves.toContain('培训服务');
    await expectNoSeriousA11yViolations(page, 'portal application detail');

    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByLabel('电子邮箱').waitFor();
    await page.close();
  });

  it('an administrator sees that draft in the console with its organisation and status', async () => {
    expect(organisationName, 'the portal test names the organisation').not.toBe('');
    const page = await running.browser.newPage();
    await page.goto(`${running.system.baseUrl}/admin/`);
    await signIn(page, 'admin@example.com');
    // the console opens on the workbench
    await page.getByRole('heading', { level: 1, name: '工作台' }).waitFor();
    await page.locator('[data-testid="workbench-card"]').first().waitFor();
    await expectNoSeriousA11yViolations(page, 'console workbench');
    await page.getByRole('menuitem', { name: '申报管理' }).click();
    await page.getByTestId('applications-table').waitFor();
    const row = page.getByTestId('application-row').filter({ hasText: organisationName });
    await row.first().waitFor();
    const text = await row.first().innerText();
    expect(text).toContain('草稿');
    // access by need: a draft is its applicant's — the console shows that it exists, not its functions
    expect(text).not.toContain('培训服务');
    await expectNoSeriousA11yViolations(page, 'console applications');

    // filtering by status is kept in the URL, and a link with a bad round id reads as not found
    await page.goto(`${running.system.baseUrl}/admin/applications?status=DRAFT&round=xyz`);
    await page.getByTestId('filter-not-found').waitFor();
    await expect(page.locator('body').innerText()).resolves.not.toContain('Invalid global ID');
    await expectNoSeriousA11yViolations(page, 'console applications, unknown round');
    await page.getByTestId('filter-not-found').getByRole('button', { name: '重置' }).click();
    await row.first().waitFor();
    expect(page.url()).not.toContain('round=');

    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByLabel('电子邮箱').waitFor();
    await page.close();
  });

  it('a wrong password shows the error and keeps the user on the sign-in page', async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.system.baseUrl}/admin/`);
    await page.getByLabel('电子邮箱').fill('admin@example.com');
    await page.getByLabel('密码').fill('not-the-password');
    await page.getByLabel('密码').press('Enter');
    await expect(page.getByTestId('sign-in-error').innerText()).resolves.toContain('邮箱或密码不正确');
    await expectNoSeriousA11yViolations(page, 'console sign-in with an error');
    await page.close();
  });
});
