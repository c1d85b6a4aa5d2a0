// The console's workbench (工作台): an administrator sees every kind of to-do the secretariat has,
// each with its count from the demo data, and every card opens its list with the card's filters
// in the URL (the list reads them: a reload shows the same filtered list). Unit staff see one
// recommendation queue; a reviewer their assignments.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './a11y.js';
import { signIn } from './sign-in.js';
import { useSystemAndBrowser } from './system.js';

const running = useSystemAndBrowser();

const ADMIN_CARDS: Record<string, string> = {
  MEMBERSHIP_REQUESTS: '入会申请',
  TO_ASSIGN: '待分配评审',
  REVIEWS_OVERDUE: '评审逾期',
  INFO_REQUESTS_OVERDUE: '补充材料逾期',
  TO_DECIDE: '待决定',
  NOTICES_TO_AWARD: '公示期满待认定',
  OBJECTIONS_PENDING: '待处理异议',
  SPOT_CHECKS_TO_JUDGE: '抽查待判定',
  REVOCATIONS_OPEN: '撤销办理中',
  TITLES_EXPIRING: '本年到期称号',
  ANNUAL_REPORTS_TO_REVIEW: '待审年度报告',
  CALENDAR_YEARS_UNCONFIRMED: '待确认节假日年份',
};

async function cardsOf(page: Page): Promise<{ kind: string; href: string; text: string }[]> {
  await page.getByTestId('workbench-card').first().waitFor();
  // the counts arrive with the cards (no skeleton left)
  await page.waitForFunction(() => document.querySelectorAll('.ant-skeleton').length === 0);
  return page.getByTestId('workbench-card').evaluateAll((links) =>
    links.map((a) => ({
      kind: a.getAttribute('data-card') ?? '',
      href: a.getAttribute('href') ?? '',
      text: (a as HTMLElement).innerText,
    })),
  );
}

describe('the workbench in Chromium', () => {
  it("lists each of the administrator's to-dos with a count, and each card opens its filtered list", async () => {
    const page = await running.browser.newPage();
    await signIn(page, 'admin@example.com', { at: `${running.system.baseUrl}/admin/` });
    const cards = await cardsOf(page);
    expect(cards.map((c) => c.kind).sort()).toEqual(Object.keys(ADMIN_CARDS).sort());
    for (const card of cards) {
      expect(card.text).toContain(ADMIN_CARDS[card.kind]);
      expect(card.text).toMatch(/\d/);
    }
    // 待分配评审 and the other application cards open different lists
    const hrefs = cards.map((c) => c.href);
    expect(new Set(hrefs).size).toBe(hrefs.length);
    await expectNoSeriousA11yViolations(page, 'workbench (admin)');

    for (const card of cards) {
      await page.locator(`[data-testid="workbench-card"][data-card="${card.kind}"]`).click();
      const target = new URL(card.href, running.system.baseUrl);
      await page.waitForURL((url) => url.pathname === target.pathname);
      await page.locator('h1').first().waitFor();
      const url = new URL(page.url());
      // the list keeps the card's filters: each parameter of the link is still in the URL after loading
      for (const [name, value] of target.searchParams) {
        expect(url.searchParams.get(name), `${card.kind} ${name}`).toBe(value);
      }
      await page.goBack();
      await page.getByTestId('workbench-card').first().waitFor();
    }

    // the overdue-review card's list shows its filter as chosen
    const overdue = cards.find((c) => c.kind === 'REVIEWS_OVERDUE')!;
    await page.goto(new URL(overdue.href, running.system.baseUrl).href);
    const filter = page.getByTestId('filter-review-overdue');
    await filter.waitFor({ state: 'attached' });
    await expect(filter.textContent()).resolves.toContain('仅看评审逾期');
    await page.close();
  });

  it('gives unit staff one recommendation queue and a reviewer their assignments', async () => {
    const unit = await running.browser.newPage();
    await signIn(unit, 'unit@example.com', { at: `${running.system.baseUrl}/admin/` });
    const unitCards = await cardsOf(unit);
    expect(unitCards.filter((c) => c.text.includes('待推荐'))).toHaveLength(1);
    await expectNoSeriousA11yViolations(unit, 'workbench (unit staff)');
    await unit.close();

    const reviewer = await running.browser.newPage();
    await signIn(reviewer, 'reviewer@example.com', { at: `${running.system.baseUrl}/admin/` });
    const reviewerCards = await cardsOf(reviewer);
    expect(reviewerCards.map((c) => c.kind)).toEqual(['TO_SCORE']);
    await reviewer.close();
  });
});
