// A wait that explains itself: a workflow step that never lands in CI usually left a reason on
// the page (a refusal in an alert, a dialog still open, a message), which a bare timeout hides.
import type { Locator, Page } from 'playwright-core';

/** What the page shows that could say why a step did not land: alerts, open dialogs, messages. */
export async function whatThePageShows(page: Page): Promise<string> {
  const shown = await page
    .locator('[role="alert"]:visible, [role="dialog"]:visible, .ant-message-notice:visible')
    .allInnerTexts()
    .catch((error: unknown) => [`(could not read the page: ${String(error)})`]);
  const texts = shown.map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return `${page.url()} showed ${texts.length > 0 ? texts.map((text) => `«${text}»`).join(', ') : 'no alert, dialog or message'}`;
}

/** `locator.waitFor()`, whose timeout error also says what the page showed instead. */
export async function waitForOrExplain(page: Page, locator: Locator, timeout = 30_000): Promise<void> {
  try {
    await locator.waitFor({ timeout });
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${await whatThePageShows(page)}`, {
      cause: error,
    });
  }
}

/** Waits for the status page's steps to show `status` (after a workflow action). */
export function waitForStatus(page: Page, status: string, timeout = 30_000): Promise<void> {
  return waitForOrExplain(page, page.locator(`[data-testid="status-steps"][data-status="${status}"]`), timeout);
}
