// Signing in through the sign-in form both apps share, as a person would: the labelled fields in
// Chinese (the default language) and Enter to submit, so the form stays usable from the keyboard.
import type { Page } from 'playwright-core';

/** The README's password of every demo account. */
export const DEMO_PASSWORD = 'demo1234';

/**
 * Signs `email` in on the sign-in form the page shows (or first opens `options.at`), and waits
 * until the shell names the signed-in user.
 */
export async function signIn(
  page: Page,
  email: string,
  options: { at?: string; password?: string } = {},
): Promise<void> {
  if (options.at) await page.goto(options.at);
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码').fill(options.password ?? DEMO_PASSWORD);
  await page.getByLabel('密码').press('Enter');
  await page.getByTestId('signed-in-user').waitFor();
}
