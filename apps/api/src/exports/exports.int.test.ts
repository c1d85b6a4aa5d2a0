// Exports: CSV and XLSX with Chinese headers, honouring the list's filters and visibility,
// streamed in keyset pages so 100,000 rows export with bounded memory.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInShanghai } from '../clock.js';
import { createKnownDataSet, type KnownDataSet } from '../modules/statistics/known-data-set.js';
import { GraphQLClient, startTestServer, type TestServer, signedInClient } from '../testing/test-server.js';

let server: TestServer;
let data: KnownDataSet;
let admin: GraphQLClient;
let analyst: GraphQLClient;
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

beforeAll(async () => {
  server = await startTestServer();
  data = await createKnownDataSet(server.db.prisma, todayInShanghai(), 'exp');
  admin = await signedInClient(server.url, 'admin@example.com');
  analyst = await signedInClient(server.url, 'analyst@example.com');
}, 240_000);
afterAll(async () => {
  await server?.close();
});

const get = (client: GraphQLClient | null, path: string) =>
  fetch(`${server.url}${path}`, { headers: client?.sessionCookie ? { cookie: client.sessionCookie } : {} });

function parseCsv(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((line) => line.split(','));
}

describe('exports', () => {
  it('exports the applications list as CSV with Chinese headers, filtered like the list', async () => {
    const round = gid('Round', data.roundIds[0]);
    const response = await get(analyst, `/api/exports/applications.csv?roundId=${encodeURIComponent(round)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toContain('attachment');
    const rows = parseCsv(await response.text());
    expect(rows[0]).toEqual([
      '申报编号',
      '机构名称',
      '统一社会信用代码',
      '地区',
      '批次',
      '服务功能',
      '状态',
      '提交时间',
      '评审结论时间',
      '最近更新',
    ]);
    const list = await analyst.request<{ applications: { totalCount: number } }>(
      'query ($r: ID) { applications(roundId: $r, first: 1) { totalCount } }',
      { r: round },
    );
    expect(rows.length - 1).toBe(list.data?.applications.totalCount);
    expect(rows.some((r) => r[3] === '广东省 深圳市' && r[6] === '已认定')).toBe(true);

    // Filtered like the list, within each reader's reach: an administrator sees that the draft
    // exists; an analyst reads submitted applications only, so the same filter gives no row.
    const draftsFor = async (client: GraphQLClient) =>
      parseCsv(
        await (
          await get(client, `/api/exports/applications.csv?roundId=${encodeURIComponent(round)}&status=DRAFT`)
        ).text(),
      )
        .slice(1)
        .map((r) => r[6]);
    expect(await draftsFor(admin)).toEqual(['草稿']);
    expect(await draftsFor(analyst)).toEqual([]);
  });

  it('exports a statistics table as XLSX that a spreadsheet reads back', async () => {
    const response = await get(
      analyst,
      `/api/exports/statistics-by-region.xlsx?unitId=${encodeURIComponent(gid('Unit', data.unitId))}`,
    );
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const sheet = workbook.worksheets[0];
    const values = sheet
      ?.getSheetValues()
      .slice(1)
      .map((row) => (row as unknown[]).slice(1));
    expect(values?.[0]).toEqual(['地区代码', '地区', '有效称号数']);
    expect(values).toContainEqual(['440000', '广东省', 2]);
  });

  it('exports the spot-check and revocation tables with the figures the statistics query gives', async () => {
    const stats = await analyst.request<{
      statistics: {
        spotChecks: { drawn: number; passed: number; failed: number; pending: number };
        revocationsByReason: { reason: string; count: number }[];
      };
    }>('{ statistics { spotChecks { drawn passed failed pending } revocationsByReason { reason count } } }');
    const spot = stats.data?.statistics.spotChecks;
    const spotRows = parseCsv(await (await get(analyst, '/api/exports/statistics-spot-checks.csv')).text());
    expect(spotRows).toEqual([
      ['结果', '数量'],
      ['抽中', String(spot?.drawn)],
      ['合格', String(spot?.passed)],
      ['不合格', String(spot?.failed)],
      ['待定', String(spot?.pending)],
    ]);
    const revocationRows = parseCsv(await (await get(analyst, '/api/exports/statistics-revocations.csv')).text());
    expect(revocationRows[0]).toEqual(['撤销原因', '数量']);
    const exported = revocationRows.slice(1).reduce((sum, r) => sum + Number(r[1]), 0);
    const counted = stats.data?.statistics.revocationsByReason.reduce((sum, r) => sum + r.count, 0);
    expect(exported).toBe(counted);
    expect(revocationRows.length - 1).toBe(stats.data?.statistics.revocationsByReason.length);
  });

  it('exports the funnel by round and the yearly trend with the figures the statistics query gives', async () => {
    const stages = 'drafted submitted recommended reviewed passed noticed accredited';
    type Counts = Record<
      'drafted' | 'submitted' | 'recommended' | 'reviewed' | 'passed' | 'noticed' | 'accredited',
      number
    >;
    const stats = await analyst.request<{
      statistics: {
        funnel: (Counts & { year: number; round: { name: string } })[];
        trendsByYear: (Counts & { year: number })[];
      };
    }>(`{ statistics { funnel { year round { name } ${stages} } trendsByYear { year ${stages} } } }`);
    const counts = (r: Counts) =>
      [r.drafted, r.submitted, r.recommended, r.reviewed, r.passed, r.noticed, r.accredited].map(String);
    const funnelRows = parseCsv(await (await get(analyst, '/api/exports/statistics-funnel.csv')).text());
    expect(funnelRows[0]).toEqual(['批次', '年度', '创建', '提交', '单位推荐', '评审完成', '评审通过', '公示', '认定']);
    expect(funnelRows.slice(1)).toEqual(
      stats.data?.statistics.funnel.map((r) => [r.round.name, String(r.year), ...counts(r)]),
    );
    expect(funnelRows.length).toBeGreaterThan(1);

    const trendRows = parseCsv(await (await get(analyst, '/api/exports/statistics-trends.csv')).text());
    expect(trendRows[0]?.slice(0, 8)).toEqual([
      '年度',
      '创建',
      '提交',
      '单位推荐',
      '评审完成',
      '评审通过',
      '公示',
      '认定',
    ]);
    expect(trendRows.length).toBeGreaterThan(1);
    // The export has the years with applications; the query adds years with awarded titles only.
    const byYear = new Map(stats.data?.statistics.trendsByYear.map((r) => [String(r.year), counts(r)]));
    for (const row of trendRows.slice(1)) expect(row.slice(1, 8), `year ${row[0]}`).toEqual(byYear.get(row[0] ?? ''));
  });

  it('exports titles, the register, notices, spot checks and objections as their lists count them', async () => {
    const titles = parseCsv(await (await get(analyst, '/api/exports/titles.csv')).text());
    expect(titles[0]).toEqual([
      '证书编号',
      '机构名称',
      '统一社会信用代码',
      '地区',
      '服务功能',
      '授予日期',
      '有效期起',
      '有效期至',
      '今日状态',
    ]);
    const listed = await analyst.request<{ accreditations: { id: string }[] }>('{ accreditations { id } }');
    expect(titles.length - 1).toBe(listed.data?.accreditations.length);

    const register = parseCsv(await (await get(analyst, '/api/exports/register.csv?function=TRAINING')).text());
    const publicList = await analyst.request<{ register: { totalCount: number } }>(
      '{ register(first: 1, function: TRAINING) { totalCount } }',
    );
    expect(register.length - 1).toBe(publicList.data?.register.totalCount);
    expect(register.slice(1).every((r) => r[8] === '有效' && r[4]?.includes('培训'))).toBe(true);

    const notices = parseCsv(await (await get(analyst, '/api/exports/notices.csv')).text());
    const published = await analyst.request<{ publicNotices: { id: string }[] }>('{ publicNotices { id } }');
    expect(notices[0]?.[0]).toBe('标题');
    expect(notices.length - 1).toBe(published.data?.publicNotices.length);

    // objectors' identities and spot checks are the secretariat's: not exportable by analysts
    expect((await get(analyst, '/api/exports/objections.csv')).status).toBe(404);
    expect((await get(analyst, '/api/exports/spot-checks.csv')).status).toBe(404);
    const objections = parseCsv(await (await get(admin, '/api/exports/objections.csv')).text());
    const adminObjections = await admin.request<{ objections: { id: string }[] }>('{ objections { id } }');
    expect(objections[0]?.slice(0, 4)).toEqual(['回执编号', '公示', '被异议机构', '异议人']);
    expect(objections.length - 1).toBe(adminObjections.data?.objections.length);
    const spot = parseCsv(await (await get(admin, '/api/exports/spot-checks.csv')).text());
    const adminSpot = await admin.request<{ spotChecks: { id: string }[] }>('{ spotChecks { id } }');
    expect(spot.length - 1).toBe(adminSpot.data?.spotChecks.length);
  });

  it('refuses signed-out callers and lists the caller may not see; accepts a personal access token', async () => {
    expect((await get(null, '/api/exports/applications.csv')).status).toBe(401);
    expect((await get(analyst, '/api/exports/audit-events.csv')).status).toBe(404);
    expect((await get(analyst, '/api/exports/no-such-list.csv')).status).toBe(404);
    const member = await signedInClient(server.url, 'member@example.com');
    expect((await get(member, '/api/exports/applications.csv')).status).toBe(404);

    const created = await analyst.request<{ createApiToken: { data: { token: string } } }>(
      'mutation { createApiToken(input: { name: "export", expiresInDays: 1 }) { ... on CreateApiTokenSuccess { data { token } } } }',
    );
    const token = created.data?.createApiToken.data.token;
    const byToken = await fetch(`${server.url}/api/exports/statistics-by-status.csv`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(byToken.status).toBe(200);
    expect(parseCsv(await byToken.text())[0]).toEqual(['状态', '申报数']);
  });

  it('streams 100,000 rows in pages with bounded memory', async () => {
    const rows = 100_000;
    await server.db.prisma.$executeRaw`
      INSERT INTO "AuditEvent" (id, "occurredAt", action, "entityType", "entityId", data, ip)
      SELECT 'bulk' || lpad(g::text, 7, '0'), now(), 'bulk.test', 'Bulk', 'entity-' || g, '{}'::jsonb, '127.0.0.1'
      FROM generate_series(1, ${rows}) g`;
    const sample = () => process.memoryUsage().heapUsed;
    const baseline = sample();
    let peak = baseline;
    const timer = setInterval(() => {
      peak = Math.max(peak, sample());
    }, 20);
    const response = await get(admin, '/api/exports/audit-events.csv?action=bulk.test');
    expect(response.status).toBe(200);
    // Read as a stream, counting lines, never holding the body.
    let lines = 0;
    let bytes = 0;
    const decoder = new TextDecoder();
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.byteLength;
      lines += (decoder.decode(chunk, { stream: true }).match(/\n/g) ?? []).length;
    }
    clearInterval(timer);
    expect(lines).toBe(rows + 1);
    // The whole export is ~10 MB of CSV and ~100,000 row objects; paging keeps the growth to a
    // few pages' worth. The bound is generous for a garbage-collected heap, yet far below what
    // loading every row (hundreds of MB of objects and strings) would need.
    const growthMb = (peak - baseline) / 1024 / 1024;
    expect(bytes).toBeGreaterThan(5_000_000);
    expect(growthMb).toBeLessThan(120);
  }, 600_000);
});
