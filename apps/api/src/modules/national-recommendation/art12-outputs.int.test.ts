// What Arts. 12–14 put out, through HTTP on the demo data, on PGlite or on PostgreSQL
// (DATABASE_URL): service evidence files, the annual report and dossier PDFs, the recommended
// list as XLSX, the statistics of service output, spot checks that read the record, reminders.
import { encodeGlobalID } from '@pothos/plugin-relay';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInShanghai } from '../../clock.js';
import { sendAnnualReportReminders } from '../../jobs/annual-report-reminders.js';
import { extractPdfText } from '../../pdf/extract-text.js';
import { samplePdf } from '../../testing/sample-files.js';
import { GraphQLClient, startTestServer, type TestServer, signedInClient } from '../../testing/test-server.js';

let server: TestServer;
let admin: GraphQLClient;
let holder: GraphQLClient;
let other: GraphQLClient;
let analyst: GraphQLClient;
let holderTitle: { id: string; organisationId: string };
const today = todayInShanghai();
const year = Number(today.slice(0, 4));
const gid = encodeGlobalID;

beforeAll(async () => {
  server = await startTestServer();
  admin = await signedInClient(server.url, 'admin@example.com');
  holder = await signedInClient(server.url, 'holder@example.com');
  other = await signedInClient(server.url, 'member@example.com');
  analyst = await signedInClient(server.url, 'analyst@example.com');
  const user = await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'holder@example.com' } });
  holderTitle = await server.db.prisma.accreditation.findFirstOrThrow({
    where: { organisationId: user.organisationId ?? '', revocation: null },
    orderBy: { validUntil: 'desc' },
    select: { id: true, organisationId: true },
  });
}, 120_000);
afterAll(async () => {
  await server?.close();
});

const get = (as: GraphQLClient, path: string) =>
  fetch(`${server.url}${path}`, { headers: { cookie: as.sessionCookie ?? '' } });

describe('a service record’s evidence file', () => {
  let recordId: string;
  it('is uploaded by the platform’s members and read by the staff who see its records', async () => {
    const created = await holder.request<{ recordServiceActivity: { data?: { id: string } } }>(
      `mutation ($input: RecordServiceActivityInput!) { recordServiceActivity(input: $input) { ... on RecordServiceActivitySuccess { data { id } } } }`,
      {
        input: {
          accreditationId: gid('Accreditation', holderTitle.id),
          date: today,
          kind: 'PUBLIC_WELFARE_SERVICE',
          title: '公益讲座',
          enterprisesServed: 30,
          free: true,
        },
      },
    );
    recordId = created.data?.recordServiceActivity.data?.id ?? '';
    expect(recordId).not.toBe('');
    const upload = (as: GraphQLClient) => {
      const form = new FormData();
      form.append('file', new Blob([samplePdf('evidence')], { type: 'application/pdf' }), '签到表.pdf');
      return fetch(`${server.url}/api/service-records/${encodeURIComponent(recordId)}/evidence`, {
        method: 'POST',
        headers: { 'apollo-require-preflight': 'true', cookie: as.sessionCookie ?? '' },
        body: form,
      });
    };
    expect((await upload(other)).status).toBe(404);
    expect((await upload(admin)).status).toBe(404);
    const stored = await upload(holder);
    expect(stored.status).toBe(201);
    expect(await stored.json()).toMatchObject({ fileName: '签到表.pdf', contentType: 'application/pdf' });
    const read = await get(analyst, `/api/service-records/${encodeURIComponent(recordId)}/evidence`);
    expect(read.status).toBe(200);
    expect(
      Buffer.from(await read.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect((await get(other, `/api/service-records/${encodeURIComponent(recordId)}/evidence`)).status).toBe(404);
  });
  it('is taken off with updateServiceRecord', async () => {
    const r = await holder.request<{ updateServiceRecord: { data?: { evidence: unknown } } }>(
      `mutation ($input: UpdateServiceRecordInput!) { updateServiceRecord(input: $input) { ... on UpdateServiceRecordSuccess { data { evidence { fileName } } } } }`,
      { input: { serviceRecordId: recordId, removeEvidence: true } },
    );
    expect(r.data?.updateServiceRecord.data).toEqual({ evidence: null });
  });
});

describe('the PDFs', () => {
  it('print the annual report for the platform’s members and staff, not for others', async () => {
    const report = await server.db.prisma.annualReport.findFirstOrThrow({
      where: { accreditationId: holderTitle.id, status: 'SUBMITTED' },
      include: { accreditation: { include: { organisation: true } } },
    });
    const path = `/api/annual-reports/${encodeURIComponent(gid('AnnualReport', report.id))}.pdf`;
    expect((await get(other, path)).status).toBe(404);
    const response = await get(holder, path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const text = (await extractPdfText(new Uint8Array(await response.arrayBuffer()))).join('');
    expect(text).toContain(`${report.year}年度服务报告`);
    expect(text).toContain(report.accreditation.organisation.name);
    expect(text).toMatch(new RegExp(`服务企业（家次）\\s*${report.enterprisesServed}`));
    expect((await get(analyst, path)).status).toBe(200);
  });
  it('print a platform’s dossier for administrators and analysts', async () => {
    const path = `/api/national-recommendation/dossiers/${encodeURIComponent(gid('Accreditation', holderTitle.id))}.pdf`;
    expect((await get(holder, path)).status).toBe(404);
    const response = await get(admin, path);
    expect(response.status).toBe(200);
    const text = (await extractPdfText(new Uint8Array(await response.arrayBuffer()))).join('');
    expect(text).toContain('国家级中小企业公共服务示范平台推荐材料');
    expect(text).toContain('历年服务数据');
    expect(text).toContain('抽查情况');
  });
});

describe('the recommended list', () => {
  it('exports the platforms recommended from the ranking with their rank and components as XLSX', async () => {
    const candidates = await admin.request<{
      nationalRecommendationCandidates: { rank: number; accreditation: { id: string } }[];
    }>(`query ($y: Int!) { nationalRecommendationCandidates(year: $y) { rank accreditation { id } } }`, {
      y: year + 1,
    });
    const top = candidates.data?.nationalRecommendationCandidates.slice(0, 2) ?? [];
    expect(top).toHaveLength(2);
    const done = await admin.request<{ recommendNationallyFromRanking: { __typename: string } }>(
      `mutation ($input: RecommendNationallyFromRankingInput!) { recommendNationallyFromRanking(input: $input) { __typename } }`,
      { input: { year: year + 1, accreditationIds: top.map((c) => c.accreditation.id), note: '择优推荐' } },
    );
    expect(done.data?.recommendNationallyFromRanking.__typename).toBe('RecommendNationallyFromRankingSuccess');
    expect((await get(holder, `/api/exports/recommended-platforms.xlsx?year=${year + 1}`)).status).toBe(404);
    const response = await get(admin, `/api/exports/recommended-platforms.xlsx?year=${year + 1}`);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const sheet = workbook.worksheets[0];
    const header = (sheet?.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['年度', '排名', '综合得分']);
    expect(header).toContain('公益性服务占比（0–1）');
    expect(sheet?.getRow(2).getCell(2).value).toBe(1);
    expect(sheet?.getRow(3).getCell(2).value).toBe(2);
    expect(sheet?.rowCount).toBe(3);
  });
});

describe('statistics of service output (Art. 12)', () => {
  it('sums the service records by year, function and region, and counts the reports owed and filed', async () => {
    const r = await analyst.request<{
      statistics: {
        serviceOutputByYear: {
          year: number;
          services: number;
          enterprisesServed: number;
          publicWelfareServices: number;
        }[];
        serviceOutputByFunction: { function: string; services: number }[];
        serviceOutputByRegion: { region: string; services: number }[];
        annualReportCompliance: { year: number; owed: number; submitted: number; overdue: number }[];
      };
    }>(`{ statistics { serviceOutputByYear { year services enterprisesServed publicWelfareServices }
      serviceOutputByFunction { function services } serviceOutputByRegion { region services }
      annualReportCompliance { year owed submitted overdue } } }`);
    const s = r.data?.statistics;
    const records = await server.db.prisma.serviceRecord.findMany();
    for (const row of s?.serviceOutputByYear ?? []) {
      const ofYear = records.filter((x) => x.year === row.year);
      expect(row).toEqual({
        year: row.year,
        services: ofYear.length,
        enterprisesServed: ofYear.reduce((sum, x) => sum + x.enterprisesServed, 0),
        publicWelfareServices: ofYear.filter((x) => x.free).length,
      });
    }
    expect((s?.serviceOutputByYear ?? []).reduce((sum, y) => sum + y.services, 0)).toBe(records.length);
    expect(s?.serviceOutputByRegion.reduce((sum, y) => sum + y.services, 0)).toBe(records.length);
    expect(s?.serviceOutputByFunction.length).toBeGreaterThan(0);
    const lastYear = s?.annualReportCompliance.find((c) => c.year === year - 2);
    expect(lastYear?.overdue).toBeGreaterThanOrEqual(1);
    expect(
      (await holder.request('{ statistics { serviceOutputByYear { year } } }')).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
  });
});

describe('spot checks read the record (Art. 13 with Art. 12)', () => {
  it('may add every title whose report is overdue to the random sample, and show each title’s record', async () => {
    const overdue = await admin.request<{ overdueAnnualReports: { year: number; accreditation: { id: string } }[] }>(
      '{ overdueAnnualReports { year accreditation { id } } }',
    );
    // Only titles valid and unrevoked today are checked (Art. 13).
    const day = new Date(`${today}T00:00:00Z`);
    const population = new Set(
      (
        await server.db.prisma.accreditation.findMany({
          where: { validFrom: { lte: day }, validUntil: { gte: day }, revocation: null },
        })
      ).map((t) => gid('Accreditation', t.id)),
    );
    const late = new Set(
      overdue.data?.overdueAnnualReports.map((o) => o.accreditation.id).filter((id) => population.has(id)),
    );
    expect(late.size).toBeGreaterThan(0);
    const DRAW = `mutation ($input: DrawSpotCheckSampleInput!) { drawSpotCheckSample(input: $input) {
      ... on DrawSpotCheckSampleSuccess { data { includesOverdueReports checks { overdueReport accreditation { id }
        serviceRecords { id } annualReports { year } annualReportsDue { year overdue } activitiesAttended { id } } } } } }`;
    type Check = {
      overdueReport: boolean;
      accreditation: { id: string };
      serviceRecords: unknown[];
      annualReportsDue: { overdue: boolean }[];
    };
    const plain = await admin.request<{
      drawSpotCheckSample: { data: { includesOverdueReports: boolean; checks: Check[] } };
    }>(DRAW, { input: { name: '不含逾期', sampleSize: 1, seed: 'art12' } });
    expect(plain.data?.drawSpotCheckSample.data.includesOverdueReports).toBe(false);
    expect(plain.data?.drawSpotCheckSample.data.checks).toHaveLength(1);
    const withOverdue = await admin.request<{
      drawSpotCheckSample: { data: { includesOverdueReports: boolean; checks: Check[] } };
    }>(DRAW, { input: { name: '含逾期', sampleSize: 1, seed: 'art12', includeOverdueReports: true } });
    const checks = withOverdue.data?.drawSpotCheckSample.data.checks ?? [];
    expect(checks[0]?.accreditation.id).toBe(plain.data?.drawSpotCheckSample.data.checks[0]?.accreditation.id);
    const drawnIds = new Set(checks.map((c) => c.accreditation.id));
    for (const id of late) expect(drawnIds.has(id)).toBe(true);
    for (const c of checks.slice(1)) {
      expect(c.overdueReport).toBe(true);
      expect(c.annualReportsDue.some((d) => d.overdue)).toBe(true);
    }
    expect(checks.some((c) => c.serviceRecords.length > 0)).toBe(true);
  });
});

describe('annual report reminders', () => {
  it('remind the administrators of the overdue reports once, and the platforms before the due date', async () => {
    const before = await server.db.prisma.notification.count({ where: { kind: 'reminder.annualReportsOverdue' } });
    expect(await sendAnnualReportReminders(server.db.prisma, today)).toBeGreaterThan(0);
    expect(await sendAnnualReportReminders(server.db.prisma, today)).toBe(0);
    const digests = await server.db.prisma.notification.findMany({ where: { kind: 'reminder.annualReportsOverdue' } });
    expect(digests.length).toBeGreaterThan(before);
    expect(digests[0]?.title).toMatch(/^\d+份\d{4}年度服务报告逾期未交$/);
    // 10 March of next year: this year's report (open since 1 December) falls due within 30 days.
    const reportYear = today.slice(5) >= '12-01' ? year : year - 1;
    await sendAnnualReportReminders(server.db.prisma, `${reportYear + 1}-03-10`);
    const due = await server.db.prisma.notification.findMany({
      where: { kind: 'reminder.annualReportDue', user: { organisationId: holderTitle.organisationId } },
    });
    expect(due.map((n) => n.title)).toContain(`请于${reportYear + 1}年3月31日前提交${reportYear}年度服务报告`);
  });
});
