// The member's workbench names the annual service reports its platform still owes (Art. 12), the
// overdue marked, each opening its report page. The demo data leaves one accredited platform's
// report overdue.
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './a11y.js';
import { useSystemAndBrowser } from './system.js';
import { signIn } from './sign-in.js';

const running = useSystemAndBrowser();

type Due = { year: number; overdue: boolean; accreditation: { id: string }; report: { status: string } | null };

describe("the member's workbench in Chromium", () => {
  it('lists an overdue annual report of the platform and opens its report page', async () => {
    let found = false;
    for (const email of ['platform@example.com', 'holder@example.com', 'renewal@example.com']) {
      const page = await running.browser.newPage();
      await signIn(page, email, { at: `${running.system.baseUrl}/` });
      await page.getByTestId('workbench-spot-checks').waitFor();
      const due = (await page.evaluate(async () => {
        const response = await fetch('/graphql', {
          method: 'POST',
          credentials: 'include',
          headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
          body: JSON.stringify({
            query: '{ myAnnualReportsDue { year overdue accreditation { id } report { status } } }',
          }),
        });
        return (await response.json()).data.myAnnualReportsDue;
      })) as Due[];
      const overdue = due.find((d) => d.overdue && (!d.report || d.report.status !== 'SUBMITTED'));
      if (!overdue) {
        await page.close();
        continue;
      }
      found = true;
      const card = page.getByTestId('workbench-annual-reports');
      await card.waitFor();
      const href = `/annual-reports/${overdue.accreditation.id}/${overdue.year}`;
      const item = card.getByTestId('workbench-annual-report').filter({ has: page.locator(`a[href="${href}"]`) });
      await expect(item.innerText()).resolves.toContain('已逾期');
      await expectNoSeriousA11yViolations(page, `member workbench (${email})`);
      await item.getByRole('link').click();
      await page.waitForURL((url) => url.pathname === href);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.close();
      break;
    }
    expect(found, 'a demo platform owes an overdue report').toBe(true);
  });
});
