// The console's workbench: every kind of to-do counts its own rows, per role. Each test adds one
// row of a kind and expects that kind, and only the kinds it belongs to, to go up by one.
// Through HTTP, on PGlite or on PostgreSQL (DATABASE_URL).
import { addDays, calendarYearsToConfirm } from '@sme/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInShanghai } from '../../clock.js';
import { loadWorkingDayCalendar } from '../calendar/load-calendar.js';
import { GraphQLClient, signedInClient, startTestServer, type TestServer } from '../../testing/test-server.js';

let server: TestServer;
let admin: GraphQLClient;
const today = todayInShanghai();
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const WORKBENCH = `query { workbench { items { kind count link dueOn } } }`;
type Item = { kind: string; count: number; link: string; dueOn: string | null };
async function itemsOf(client: GraphQLClient): Promise<Record<string, Item>> {
  const { data, errors } = await client.request<{ workbench: { items: Item[] } }>(WORKBENCH);
  expect(errors).toBeUndefined();
  return Object.fromEntries(data!.workbench.items.map((i) => [i.kind, i]));
}
const counts = (items: Record<string, Item>) => Object.fromEntries(Object.values(items).map((i) => [i.kind, i.count]));

beforeAll(async () => {
  server = await startTestServer();
  admin = await signedInClient(server.url, 'admin@example.com');
}, 180_000);
afterAll(async () => {
  await server?.close();
});

let serial = 0;
async function organisation() {
  serial += 1;
  const unit = await server.db.prisma.unit.findFirstOrThrow({ where: { code: 'INF' } });
  return server.db.prisma.organisation.create({
    data: {
      name: `工作台测试服务中心${serial}`,
      creditCode: `91440300WBEN${String(serial).padStart(5, '0')}X`,
      provinceCode: '440000',
      memberships: { create: { unitId: unit.id, since: day('2018-03-01'), status: 'ACTIVE' } },
    },
  });
}
async function application(status: 'RECOMMENDED' | 'UNDER_REVIEW' | 'MORE_INFO_REQUESTED' | 'SUBMITTED') {
  const org = await organisation();
  const round = await server.db.prisma.round.findFirstOrThrow({ orderBy: { opensOn: 'desc' } });
  return server.db.prisma.application.create({ data: { roundId: round.id, organisationId: org.id, status } });
}
const userId = async (email: string) => (await server.db.prisma.user.findUniqueOrThrow({ where: { email } })).id;

/** Adds one row with `add`, then expects exactly `kind` to have gone up by one for the admin. */
async function expectOneMore(kind: string, add: () => Promise<unknown>) {
  const before = counts(await itemsOf(admin));
  await add();
  const after = counts(await itemsOf(admin));
  expect(after[kind], kind).toBe((before[kind] ?? 0) + 1);
  for (const other of Object.keys(after)) if (other !== kind) expect(after[other], other).toBe(before[other]);
}

describe('the workbench', () => {
  it('gives the admin every kind, each linking to its filtered list', async () => {
    const items = await itemsOf(admin);
    expect(Object.keys(items).sort()).toEqual(
      [
        'MEMBERSHIP_REQUESTS',
        'TO_ASSIGN',
        'REVIEWS_OVERDUE',
        'INFO_REQUESTS_OVERDUE',
        'TO_DECIDE',
        'NOTICES_TO_AWARD',
        'OBJECTIONS_PENDING',
        'SPOT_CHECKS_TO_JUDGE',
        'REVOCATIONS_OPEN',
        'TITLES_EXPIRING',
        'ANNUAL_REPORTS_TO_REVIEW',
        'CALENDAR_YEARS_UNCONFIRMED',
      ].sort(),
    );
    expect(items.OBJECTIONS_PENDING!.link).toBe('/objections?status=PENDING');
    expect(items.TO_ASSIGN!.link).not.toBe(items.TO_DECIDE!.link);
    const years = calendarYearsToConfirm(today, await loadWorkingDayCalendar());
    expect(items.CALENDAR_YEARS_UNCONFIRMED!.count).toBe(years.length);
  });

  it('counts a pending membership request', async () => {
    const org = await organisation();
    await expectOneMore('MEMBERSHIP_REQUESTS', () =>
      server.db.prisma.membershipRequest.create({ data: { organisationId: org.id } }),
    );
  });

  it('counts a recommended application to assign, not a submitted one', async () => {
    await expectOneMore('TO_ASSIGN', () => application('RECOMMENDED'));
    const before = counts(await itemsOf(admin));
    await application('SUBMITTED');
    expect(counts(await itemsOf(admin))).toEqual(before);
  });

  it('counts an application with a review past its due date, and the list filters the same way', async () => {
    const reviewer = await userId('reviewer@example.com');
    await expectOneMore('REVIEWS_OVERDUE', async () => {
      const a = await application('UNDER_REVIEW');
      await server.db.prisma.reviewerAssignment.create({
        data: { applicationId: a.id, reviewerId: reviewer, dueOn: day(addDays(today, -1)) },
      });
    });
    const list = await admin.request<{ applications: { totalCount: number } }>(
      `query { applications(first: 0, reviewOverdue: true) { totalCount } }`,
    );
    expect(list.data!.applications.totalCount).toBe((await itemsOf(admin)).REVIEWS_OVERDUE!.count);
  });

  it('counts an application whose every review is in, to decide', async () => {
    const reviewer = await userId('reviewer@example.com');
    await expectOneMore('TO_DECIDE', async () => {
      const a = await application('UNDER_REVIEW');
      await server.db.prisma.reviewerAssignment.create({
        data: { applicationId: a.id, reviewerId: reviewer, completedAt: new Date() },
      });
    });
  });

  it('counts an unanswered information request past its due date', async () => {
    const by = await userId('admin@example.com');
    await expectOneMore('INFO_REQUESTS_OVERDUE', async () => {
      const a = await application('MORE_INFO_REQUESTED');
      await server.db.prisma.infoRequest.create({
        data: { applicationId: a.id, request: '补充材料', dueOn: day(addDays(today, -2)), requestedById: by },
      });
    });
  });

  it('counts a notice whose period ended, and an objection pending', async () => {
    const by = await userId('admin@example.com');
    const notice = await server.db.prisma.publicNotice.create({
      data: {
        title: '工作台测试公示',
        publishedOn: day(addDays(today, -20)),
        startsOn: day(addDays(today, -20)),
        endsOn: day(addDays(today, -10)),
        status: 'DRAFT',
        createdById: by,
      },
    });
    await expectOneMore('NOTICES_TO_AWARD', () =>
      server.db.prisma.publicNotice.update({ where: { id: notice.id }, data: { status: 'PUBLISHED' } }),
    );
    const a = await application('UNDER_REVIEW');
    const entry = await server.db.prisma.publicNoticeEntry.create({
      data: { noticeId: notice.id, applicationId: a.id },
    });
    await expectOneMore('OBJECTIONS_PENDING', () =>
      server.db.prisma.objection.create({
        data: {
          entryId: entry.id,
          receiptNumber: `WB-${Date.now()}`,
          lodgedByName: '张三',
          contact: '1',
          grounds: '理由',
        },
      }),
    );
  });

  it('counts an answered spot check, a submitted annual report, an open revocation and a title expiring this year', async () => {
    const by = await userId('admin@example.com');
    const org = await organisation();
    const year = Number(today.slice(0, 4));
    const make = (n: string, validUntil: string) =>
      server.db.prisma.accreditation.create({
        data: {
          organisationId: org.id,
          certificateNumber: `WB-${n}-${Date.now()}`,
          functions: ['INFORMATION'],
          awardedOn: day(`${year - 2}-01-10`),
          validFrom: day(`${year - 2}-01-10`),
          validUntil: day(validUntil),
        },
      });
    await expectOneMore('TITLES_EXPIRING', () => make('E', `${year}-12-31`));
    const title = await make('S', `${year + 2}-12-31`);
    const campaign = await server.db.prisma.spotCheckCampaign.create({
      data: { name: '工作台测试抽查', year, seed: 'wb', sampleSize: 1, populationSize: 1, drawnById: by },
    });
    await expectOneMore('SPOT_CHECKS_TO_JUDGE', () =>
      server.db.prisma.spotCheck.create({
        data: { campaignId: campaign.id, accreditationId: title.id, position: 1, status: 'RESPONDED' },
      }),
    );
    await expectOneMore('ANNUAL_REPORTS_TO_REVIEW', () =>
      server.db.prisma.annualReport.create({
        data: {
          accreditationId: title.id,
          year: year - 1,
          status: 'SUBMITTED',
          dueOn: day(`${year}-03-31`),
          submittedAt: new Date(),
        },
      }),
    );
    await expectOneMore('REVOCATIONS_OPEN', () =>
      server.db.prisma.revocation.create({
        data: { accreditationId: title.id, reason: 'FAILED_SPOT_CHECK', status: 'OPEN', description: '抽查不合格' },
      }),
    );
  });

  it('gives unit staff one queue, reviewers their assignments with the earliest due date, analysts the statistics', async () => {
    const unit = await itemsOf(await signedInClient(server.url, 'unit@example.com'));
    expect(Object.keys(unit)).toContain('TO_RECOMMEND');
    expect(Object.keys(unit)).not.toContain('TO_ASSIGN');
    const reviewerClient = await signedInClient(server.url, 'reviewer@example.com');
    const before = (await itemsOf(reviewerClient)).TO_SCORE!;
    const a = await application('UNDER_REVIEW');
    const due = addDays(today, -400);
    await server.db.prisma.reviewerAssignment.create({
      data: { applicationId: a.id, reviewerId: await userId('reviewer@example.com'), dueOn: day(due) },
    });
    const after = (await itemsOf(reviewerClient)).TO_SCORE!;
    expect(after.count).toBe(before.count + 1);
    expect(after.dueOn).toBe(due);
    expect(after.link).toBe('/my-reviews');
    const analyst = await itemsOf(await signedInClient(server.url, 'analyst@example.com'));
    expect(Object.keys(analyst)).toEqual(['STATISTICS']);
  });
});
