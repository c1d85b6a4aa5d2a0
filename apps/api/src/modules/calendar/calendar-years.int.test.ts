// Art. 8 over HTTP: the calendar says which years' official holiday schedules it knows, an
// administrator confirms a year after entering it, and no notice period is counted on a year
// nobody confirmed (CALENDAR_UNCONFIRMED). Written to hold whatever today is: the year refused is
// the first one from today's that the built-in data does not cover.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { addDays, calendarYearsToConfirm, createWorkingDayCalendar, eachDay } from '@sme/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInShanghai } from '../../clock.js';
import { GraphQLClient, startTestServer, type TestServer, signedInClient } from '../../testing/test-server.js';

let server: TestServer;
let admin: GraphQLClient;
const today = todayInShanghai();
const thisYear = Number(today.slice(0, 4));
const builtIn = createWorkingDayCalendar();
// The first year from today's whose schedule the built-in data lacks (2027 while the data ends in 2026).
const unknownYear = [thisYear, thisYear + 1, thisYear + 2].find((y) => builtIn.yearStatus(y) === 'UNCONFIRMED')!;

beforeAll(async () => {
  server = await startTestServer();
  admin = await signedInClient(server.url, 'admin@example.com');
}, 180_000);
afterAll(async () => {
  await server?.close();
});

const YEARS = `query ($from: Int, $to: Int) { calendarYears(from: $from, to: $to) { year confirmed source overrideCount confirmedAt confirmedByName confirmationNote } }`;
type Year = {
  year: number;
  confirmed: boolean;
  source: string;
  overrideCount: number;
  confirmedAt: string | null;
  confirmedByName: string | null;
  confirmationNote: string | null;
};
const CONFIRM = `mutation ($input: ConfirmCalendarYearInput!) {
  confirmCalendarYear(input: $input) {
    __typename
    ... on ConfirmCalendarYearSuccess { data { year confirmed source overrideCount confirmedByName confirmationNote } }
    ... on RuleViolationError { article code message }
    ... on ValidationError { fieldErrors { path message } }
  }
}`;
type ConfirmResult = {
  confirmCalendarYear: { __typename: string; data?: Year; article?: string; code?: string; message?: string };
};
const PUBLISH = `mutation ($input: PublishNoticeInput!) {
  publishNotice(input: $input) {
    __typename
    ... on PublishNoticeSuccess { data { id startsOn endsOn workingDays } }
    ... on RuleViolationError { article code message }
  }
}`;
type PublishResult = {
  publishNotice: {
    __typename: string;
    data?: { id: string; startsOn: string; endsOn: string; workingDays: string[] };
    article?: string;
    code?: string;
    message?: string;
  };
};

async function passedApplication(sequence: number) {
  const round = await server.db.prisma.round.create({
    data: {
      year: 2019,
      sequence,
      name: `2019年第${sequence}批（日历测试）`,
      opensOn: new Date('2019-01-01T00:00:00Z'),
      submissionDeadline: new Date('2019-02-01T00:00:00Z'),
      reviewEndsOn: new Date('2019-03-01T00:00:00Z'),
    },
  });
  const organisation = await server.db.prisma.organisation.create({
    data: {
      name: `日历测试服务机构${sequence}有限公司`,
      creditCode: `91440300CALT${String(sequence).padStart(5, '0')}X`,
      provinceCode: '440000',
      cityCode: '440300',
    },
  });
  const application = await server.db.prisma.application.create({
    data: {
      roundId: round.id,
      organisationId: organisation.id,
      status: 'REVIEW_PASSED',
      eligibilitySnapshot: { eligible: true, qualifiedFunctions: ['TRAINING'], checks: [] },
      functions: { create: [{ function: 'TRAINING' }] },
    },
  });
  return {
    roundId: encodeGlobalID('Round', round.id),
    applicationId: encodeGlobalID('Application', application.id),
    id: application.id,
  };
}

describe('calendarYears (Art. 8)', () => {
  it('says which years the calendar knows: built in, or unconfirmed and guessed Monday–Friday', async () => {
    const result = await admin.request<{ calendarYears: Year[] }>(YEARS, { from: 2025, to: unknownYear });
    expect(result.errors).toBeUndefined();
    const byYear = new Map(result.data!.calendarYears.map((y) => [y.year, y]));
    expect(byYear.get(2025)).toMatchObject({ confirmed: true, source: 'BUILT_IN' });
    expect(byYear.get(unknownYear)).toMatchObject({ confirmed: false, source: 'UNCONFIRMED', confirmedAt: null });
    const due = await admin.request<{ calendarYearsToConfirm: Year[] }>('{ calendarYearsToConfirm { year source } }');
    expect(due.data?.calendarYearsToConfirm.map((y) => y.year)).toEqual(calendarYearsToConfirm(today, builtIn));
    const member = await signedInClient(server.url, 'member@example.com');
    expect((await member.request(YEARS, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('tells the notice preview which years are unconfirmed', async () => {
    const period = await new GraphQLClient(server.url).request<{ noticePeriod: { unconfirmedYears: number[] } }>(
      'query ($d: Date!) { noticePeriod(publishedOn: $d) { unconfirmedYears } }',
      { d: `${unknownYear - 1}-12-31` },
    );
    expect(period.data?.noticePeriod.unconfirmedYears).toEqual(
      builtIn.yearStatus(unknownYear - 1) === 'UNCONFIRMED' ? [unknownYear - 1, unknownYear] : [unknownYear],
    );
  });
});

describe('publishNotice on unconfirmed days, and confirmCalendarYear (Art. 8)', () => {
  it('refuses a period that touches an unconfirmed year, naming it; after the year is entered and confirmed it publishes', async () => {
    const { roundId, applicationId, id } = await passedApplication(1);
    // Make the rest of the known year idle (the association's own overrides), so today's five
    // working days must run into the unknown year.
    if (unknownYear > thisYear) {
      const idle = eachDay(addDays(today, 1), `${unknownYear - 1}-12-31`);
      await server.db.prisma.workingDayOverride.createMany({
        data: idle.map((d) => ({ date: new Date(`${d}T00:00:00Z`), isWorkingDay: false, note: '测试：闭馆' })),
      });
    }
    const input = { roundId, applicationIds: [applicationId], publishedOn: today, title: '日历测试公示' };
    const refused = await admin.request<PublishResult>(PUBLISH, { input });
    expect(refused.errors).toBeUndefined();
    expect(refused.data?.publishNotice).toMatchObject({
      __typename: 'RuleViolationError',
      article: 'Art. 8',
      code: 'CALENDAR_UNCONFIRMED',
    });
    expect(refused.data?.publishNotice.message).toContain(`${unknownYear}年`);
    expect(refused.data?.publishNotice.message).toContain('确认');
    expect(refused.data?.publishNotice.message).not.toMatch(/[A-Za-z]|\d{4}-\d{2}-\d{2}/);
    expect(await server.db.prisma.publicNotice.count({ where: { title: '日历测试公示' } })).toBe(0);
    expect((await server.db.prisma.application.findUniqueOrThrow({ where: { id } })).status).toBe('REVIEW_PASSED');

    // Confirming before anything of the year is entered is refused; so is a built-in year, and a non-administrator.
    const empty = await admin.request<ConfirmResult>(CONFIRM, { input: { year: unknownYear } });
    expect(empty.data?.confirmCalendarYear).toMatchObject({
      __typename: 'RuleViolationError',
      article: 'software',
      code: 'CALENDAR_YEAR_NOT_ENTERED',
    });
    expect(empty.data?.confirmCalendarYear.message).toContain('系统规则');
    const known = await admin.request<ConfirmResult>(CONFIRM, { input: { year: 2025 } });
    expect(known.data?.confirmCalendarYear).toMatchObject({
      __typename: 'RuleViolationError',
      code: 'CALENDAR_YEAR_BUILT_IN',
    });
    const member = await signedInClient(server.url, 'member@example.com');
    expect((await member.request(CONFIRM, { input: { year: unknownYear } })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const outOfRange = await admin.request<ConfirmResult>(CONFIRM, { input: { year: 1999 } });
    expect(outOfRange.data?.confirmCalendarYear.__typename).toBe('ValidationError');
    expect(await server.db.prisma.calendarYearConfirmation.count()).toBe(0);

    // The administrator enters New Year's Day and confirms the year.
    const set = await admin.request<{ setWorkingDay: { __typename: string } }>(
      'mutation ($d: Date!) { setWorkingDay(date: $d, isWorkingDay: false, note: "元旦") { __typename } }',
      { d: `${unknownYear}-01-01` },
    );
    expect(set.data?.setWorkingDay.__typename).toBe('SetWorkingDaySuccess');
    const confirmed = await admin.request<ConfirmResult>(CONFIRM, {
      input: { year: unknownYear, note: '国务院办公厅关于节假日安排的通知' },
    });
    expect(confirmed.data?.confirmCalendarYear).toMatchObject({
      __typename: 'ConfirmCalendarYearSuccess',
      data: {
        year: unknownYear,
        confirmed: true,
        source: 'CONFIRMED',
        overrideCount: 1,
        confirmationNote: '国务院办公厅关于节假日安排的通知',
      },
    });
    expect(confirmed.data?.confirmCalendarYear.data?.confirmedByName).toBeTruthy();
    const audit = await server.db.prisma.auditEvent.findFirstOrThrow({
      where: { action: 'calendar.confirmYear', entityId: String(unknownYear) },
    });
    expect(audit.data).toMatchObject({ year: unknownYear, overrides: 1 });
    const due = await admin.request<{ calendarYearsToConfirm: Year[] }>('{ calendarYearsToConfirm { year } }');
    expect(due.data?.calendarYearsToConfirm.map((y) => y.year)).not.toContain(unknownYear);

    const published = await admin.request<PublishResult>(PUBLISH, { input });
    expect(published.data?.publishNotice.__typename).toBe('PublishNoticeSuccess');
    expect(published.data?.publishNotice.data?.workingDays).toHaveLength(5);
    expect(published.data?.publishNotice.data?.workingDays).not.toContain(`${unknownYear}-01-01`);
    expect(Number(published.data?.publishNotice.data?.endsOn.slice(0, 4))).toBe(unknownYear);
  });
});
