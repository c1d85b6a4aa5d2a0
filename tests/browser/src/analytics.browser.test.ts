// The analyst's day: the dashboard shows the figures the statistics query gives, a
// chart's numbers are a click away and export to a file with rows, the applications list exports
// with its filters, a personal access token is created, used from a script and revoked, and
// /graphql opened in a browser is the bundled GraphiQL, which runs a query offline.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './a11y.js';
import { useSystemAndBrowser } from './system.js';

const running = useSystemAndBrowser();
let page: Page;

beforeAll(async () => {
  // axe is injected as an inline script; the console's CSP would refuse it
  page = await running.browser.newPage({ bypassCSP: true, acceptDownloads: true });
  await page.goto(`${running.system.baseUrl}/admin/`);
  await page.getByLabel('电子邮箱').fill('analyst@example.com');
  await page.getByLabel('密码').fill('demo1234');
  await page.getByLabel('密码').press('Enter');
  await page.getByTestId('signed-in-user').waitFor();
}, 240_000);

type Stats = {
  applicationsByStatus: { status: string; count: number }[];
  accreditationsValid: number;
  expiringWithin: number;
};
const STATS_QUERY = `query ($filter: StatisticsFilter) { statistics(filter: $filter) {
  applicationsByStatus { status count } accreditationsValid expiringWithin(days: 90) } }`;

/** The statistics as the API gives them to this browser's session. */
async function statistics(filter: Record<string, unknown> = {}): Promise<Stats> {
  const body = await page.evaluate(
    async ({ query, filter }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query, variables: { filter } }),
      });
      return response.json() as Promise<{ data: { statistics: Stats } }>;
    },
    { query: STATS_QUERY, filter },
  );
  return body.data.statistics;
}

async function kpi(id: string): Promise<string | null> {
  return page.getByTestId(`kpi-${id}-value`).getAttribute('data-value');
}

async function dashboardLoaded(): Promise<void> {
  await page.locator('[data-testid="stat-kpis"][data-loaded="true"]').waitFor();
}

function parseCsv(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((line) => line.split(','));
}

describe('analyst in Chromium', () => {
  it('sees the dashboard with the numbers of the statistics query, and a chart’s table', async () => {
    await page.getByRole('menuitem', { name: '统计分析' }).click();
    await page.getByRole('heading', { level: 1, name: '统计分析' }).waitFor();
    await dashboardLoaded();
    const stats = await statistics();
    const total = stats.applicationsByStatus.reduce((sum, r) => sum + r.count, 0);
    expect(total).toBeGreaterThan(0);
    await expect(kpi('applications')).resolves.toBe(String(total));
    await expect(kpi('valid')).resolves.toBe(String(stats.accreditationsValid));
    await expect(kpi('expiring')).resolves.toBe(String(stats.expiringWithin));
    await page.getByTestId('stat-by-status-chart').waitFor();
    await expectNoSeriousA11yViolations(page, 'statistics dashboard');

    // the chart's numbers, one click away
    const card = page.getByTestId('stat-by-status');
    await card.getByText('表格', { exact: true }).click();
    await card.getByTestId('stat-by-status-table').waitFor();
    // antd marks each row with its key (the status); the last cell is the count
    for (const { status, count } of stats.applicationsByStatus) {
      await expect(card.locator(`tr[data-row-key="${status}"] td`).last().innerText()).resolves.toBe(String(count));
    }
  }, 180_000);

  it('reads the platforms’ service output by year beside the reports owed (Art. 12)', async () => {
    const output = (await page.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query: '{ statistics { serviceOutputByYear { year enterprisesServed } } }' }),
      });
      return (await response.json()).data.statistics.serviceOutputByYear;
    })) as { year: number; enterprisesServed: number }[];
    // the demo platforms carry a year of service records
    expect(output.length).toBeGreaterThan(0);
    const card = page.getByTestId('service-output');
    await card.scrollIntoViewIfNeeded();
    for (const { year, enterprisesServed } of output) {
      const row = card.locator('tr', { hasText: String(year) }).first();
      await expect(row.innerText()).resolves.toContain(enterprisesServed.toLocaleString());
    }
  });

  it('keeps filters in the address: a year in the URL gives that year’s figures', async () => {
    const year = Number(new Date().toISOString().slice(0, 4));
    await page.goto(`${running.system.baseUrl}/admin/statistics?year=${year}`);
    await page.getByRole('heading', { level: 1, name: '统计分析' }).waitFor();
    await dashboardLoaded();
    const stats = await statistics({ year });
    const total = stats.applicationsByStatus.reduce((sum, r) => sum + r.count, 0);
    await expect(kpi('applications')).resolves.toBe(String(total));
    await expect(kpi('valid')).resolves.toBe(String(stats.accreditationsValid));
    await page.getByTestId('stat-filter-reset').click();
    await page.waitForURL((url) => !url.search.includes('year='));
  }, 120_000);

  it('exports a statistics table, and the downloaded file has its rows', async () => {
    await dashboardLoaded();
    const stats = await statistics();
    await page.getByTestId('export-by-status').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-by-status-csv').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^申报状态统计-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = parseCsv(readFileSync(await download.path(), 'utf8'));
    expect(rows[0]).toEqual(['状态', '申报数']);
    const exported = rows.slice(1).reduce((sum, r) => sum + Number(r[1]), 0);
    expect(exported).toBe(stats.applicationsByStatus.reduce((sum, r) => sum + r.count, 0));
  }, 120_000);

  it('exports the applications list with its filter', async () => {
    await page.getByRole('menuitem', { name: '申报管理' }).click();
    await page.getByTestId('applications-table').waitFor();
    await page.getByTestId('list-export').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('list-export-csv').click()]);
    const rows = parseCsv(readFileSync(await download.path(), 'utf8'));
    expect(rows[0]?.slice(0, 2)).toEqual(['申报编号', '机构名称']);
    // An analyst's list holds the submitted applications (access by need: drafts are their
    // applicants'), so the export has every counted application but the drafts.
    const stats = await statistics();
    const submitted = stats.applicationsByStatus.filter((r) => r.status !== 'DRAFT');
    expect(rows.length - 1).toBe(submitted.reduce((sum, r) => sum + r.count, 0));
    expect(rows.slice(1).some((r) => r.includes('草稿'))).toBe(false);
  }, 120_000);

  it('creates an access token, uses it from a script, and revokes it', async () => {
    await page.getByRole('menuitem', { name: '访问令牌' }).click();
    await page.getByRole('heading', { level: 1, name: '个人访问令牌' }).waitFor();
    await page.getByTestId('token-create').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('名称').fill('浏览器测试脚本');
    await dialog.getByRole('button', { name: '新建令牌' }).click();
    const secret = (await page.getByTestId('token-secret').innerText()).trim();
    expect(secret).toMatch(/^\S{20,}$/);
    await expectNoSeriousA11yViolations(page, 'token shown once');
    await page.getByTestId('token-done').click();
    await page.locator('[data-testid="token-row"][data-token-name="浏览器测试脚本"]').waitFor();

    // a script with only the token (no cookie)
    const call = () =>
      fetch(`${running.system.baseUrl}/graphql`, {
        method: 'POST',
        headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ statistics { accreditationsValid } }' }),
      }).then(
        (r) =>
          r.json() as Promise<{
            data?: { statistics: { accreditationsValid: number } };
            errors?: { extensions?: { code?: string } }[];
          }>,
      );
    const used = await call();
    expect(used.data?.statistics.accreditationsValid).toBe((await statistics()).accreditationsValid);

    const row = page.locator('[data-testid="token-row"][data-token-name="浏览器测试脚本"]');
    await row.getByTestId('token-revoke').click();
    await page.getByRole('dialog').getByText('撤销令牌「浏览器测试脚本」？').filter({ visible: true }).waitFor();
    await page.getByRole('dialog').getByRole('button', { name: '撤销' }).click();
    await row.getByText('已撤销').waitFor();
    const refused = await call();
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  }, 120_000);

  it('opens /graphql as the bundled GraphiQL and runs a query', async () => {
    await page.goto(`${running.system.baseUrl}/graphql`);
    await page.waitForURL((url) => url.pathname === '/admin/explorer');
    await page.getByRole('heading', { level: 1, name: 'GraphQL 查询' }).waitFor();
    const explorer = page.getByTestId('graphql-explorer');
    await explorer.locator('.graphiql-container').waitFor();
    // the example query is in the editor and the schema has loaded (the doc explorer needs it)
    await explorer.locator('.graphiql-query-editor').getByText('medianDaysSubmittedToDecided').first().waitFor();
    await explorer.locator('.graphiql-spin').waitFor({ state: 'detached' });
    await explorer.locator('.graphiql-execute-button').click();
    // the response pane (CodeMirror splits the JSON into tokens, so look for the name alone)
    await explorer.locator('.result-window').getByText('accreditationsValid').first().waitFor({ timeout: 60_000 });
    await expect(explorer.locator('.result-window').innerText()).resolves.toContain('"data"');
  }, 120_000);
});
