// The console's mail page reads a message as its recipient would: subject and body in Chinese,
// not MIME (no "=?UTF-8?B?…" subject, no base64 body); the list filters by status on the server.
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './a11y.js';
import { signIn } from './sign-in.js';
import { useSystemAndBrowser } from './system.js';

const running = useSystemAndBrowser();
const CJK = /[\u4e00-\u9fff]/;

describe('the outbox in Chromium', () => {
  it('an administrator reads a message in Chinese, decoded', async () => {
    const page = await running.browser.newPage();
    await signIn(page, 'admin@example.com', { at: `${running.system.baseUrl}/admin/outbox` });
    const row = page.getByTestId('outbox-row').first();
    await row.waitFor();
    await expectNoSeriousA11yViolations(page, 'outbox');
    const rowText = await row.innerText();
    expect(rowText).toMatch(CJK);
    expect(rowText).not.toContain('=?UTF-8?');
    await row.getByRole('button', { name: /阅读/ }).click();
    const message = page.getByTestId('outbox-message');
    await message.waitFor();
    const body = await message.innerText();
    expect(body).toMatch(CJK);
    expect(body).not.toMatch(/Content-Transfer-Encoding|=\?UTF-8\?/i);
    await expectNoSeriousA11yViolations(page, 'outbox message');
    await page.keyboard.press('Escape');

    // the status filter goes to the server and stays in the URL
    await page.goto(`${running.system.baseUrl}/admin/outbox?status=FAILED`);
    await page.getByTestId('outbox-table').waitFor();
    expect(new URL(page.url()).searchParams.get('status')).toBe('FAILED');
    for (const sent of await page
      .getByTestId('outbox-row')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-sent'))))
      expect(sent).toBe('false');
    await page.close();
  });
});
