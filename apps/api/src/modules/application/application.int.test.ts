import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient, startTestServer, type TestServer, signedInClient } from '../../testing/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const CREATE = `mutation ($input: CreateDraftApplicationInput!) {
  createDraftApplication(input: $input) {
    __typename
    ... on CreateDraftApplicationSuccess { data { id status functions version organisation { name } round { name } } }
    ... on RuleViolationError { message article code }
    ... on ValidationError { message fieldErrors { path message } }
  }
}`;
const LIST = `query ($status: ApplicationStatus) {
  applications(first: 50, status: $status) {
    totalCount
    edges { node { id status functions organisation { name creditCode } round { name } } }
  }
}`;

type CreateResult = {
  createDraftApplication: {
    __typename: string;
    data?: { id: string; status: string; functions: string[]; organisation: { name: string } };
    article?: string;
    code?: string;
    fieldErrors?: { path: string[]; message: string }[];
  };
};

async function openRoundId(client: GraphQLClient): Promise<string> {
  const rounds = await client.request<{ openRounds: { id: string }[] }>('{ openRounds { id name isOpen } }');
  const id = rounds.data?.openRounds[0]?.id;
  if (!id) throw new Error(`no open round in the demo data: ${JSON.stringify(rounds)}`);
  return id;
}

describe('draft applications — the thin slice', () => {
  it('a member creates a draft for the open round; an admin sees it with its organisation and status', async () => {
    const member = await signedInClient(server.url, 'member@example.com');
    const me = await member.request<{ me: { organisation: { id: string; name: string } } }>(
      '{ me { organisation { id name } } }',
    );
    const orgName = me.data?.me.organisation.name;
    expect(orgName).toBeTruthy();
    // The demo member may already hold a seeded draft in the open round; withdraw-free start:
    // remove it so this test proves creation end to end.
    await server.db.prisma.application.deleteMany({ where: { organisation: { name: orgName } } });

    const roundId = await openRoundId(member);
    const created = await member.request<CreateResult>(CREATE, {
      input: { roundId, functions: ['TRAINING', 'INFORMATION'] },
    });
    const result = created.data?.createDraftApplication;
    expect(result?.__typename).toBe('CreateDraftApplicationSuccess');
    expect(result?.data?.status).toBe('DRAFT');
    expect(result?.data?.functions).toEqual(['INFORMATION', 'TRAINING']);
    expect(result?.data?.organisation.name).toBe(orgName);

    const mine = await member.request<{ myApplications: { id: string }[] }>('{ myApplications { id status } }');
    expect(mine.data?.myApplications.map((a) => a.id)).toContain(result?.data?.id);

    const admin = await signedInClient(server.url, 'admin@example.com');
    const list = await admin.request<{
      applications: {
        totalCount: number;
        edges: { node: { id: string; status: string; organisation: { name: string } } }[];
      };
    }>(LIST, { status: 'DRAFT' });
    const row = list.data?.applications.edges.find((e) => e.node.id === result?.data?.id);
    expect(row?.node.organisation.name).toBe(orgName);
    expect(row?.node.status).toBe('DRAFT');
    expect(list.data?.applications.totalCount).toBe(list.data?.applications.edges.length);

    const audit = await server.db.prisma.auditEvent.findMany({ where: { action: 'application.createDraft' } });
    expect(audit.some((a) => a.entityId && result?.data?.id?.length)).toBe(true);
  });

  it('refuses a second application by the same organisation in the same round, as a rule of the software (not Art. 10)', async () => {
    const member = await signedInClient(server.url, 'member@example.com');
    const roundId = await openRoundId(member);
    const before = await server.db.prisma.application.count();
    const second = await member.request<CreateResult>(CREATE, { input: { roundId, functions: ['FINANCING'] } });
    expect(second.data?.createDraftApplication).toMatchObject({
      __typename: 'RuleViolationError',
      article: 'software',
      code: 'ALREADY_APPLIED_IN_ROUND',
    });
    expect(await server.db.prisma.application.count()).toBe(before);
  });

  it('has the database refuse a second live application in a round, so concurrent requests cannot both create one', async () => {
    const org = await server.db.prisma.organisation.create({
      data: { name: '并发测试机构', creditCode: '91110000802100433B' },
    });
    const round = await server.db.prisma.round.findFirstOrThrow({ orderBy: { year: 'desc' } });
    const first = await server.db.prisma.application.create({ data: { organisationId: org.id, roundId: round.id } });
    await expect(
      server.db.prisma.application.create({ data: { organisationId: org.id, roundId: round.id } }),
    ).rejects.toMatchObject({
      code: 'P2002',
    });
    // A withdrawn application no longer counts.
    await server.db.prisma.application.update({ where: { id: first.id }, data: { status: 'WITHDRAWN' } });
    await expect(
      server.db.prisma.application.create({ data: { organisationId: org.id, roundId: round.id } }),
    ).resolves.toBeTruthy();
  });

  it('refuses a draft with no service function, naming the field', async () => {
    const member = await signedInClient(server.url, 'member@example.com');
    const roundId = await openRoundId(member);
    const empty = await member.request<CreateResult>(CREATE, { input: { roundId, functions: [] } });
    expect(empty.data?.createDraftApplication.__typename).toBe('ValidationError');
    expect(empty.data?.createDraftApplication.fieldErrors?.[0]?.path).toEqual(['input', 'functions']);
    expect(empty.data?.createDraftApplication.fieldErrors?.[0]?.message).toContain('第六条');
  });

  it('refuses a draft for a round whose deadline has passed, naming Art. 10, and writes nothing', async () => {
    const closed = await server.db.prisma.round.create({
      data: {
        year: 2001,
        sequence: 1,
        name: '2001年第一批',
        opensOn: new Date('2001-03-01T00:00:00Z'),
        submissionDeadline: new Date('2001-04-30T00:00:00Z'),
        reviewEndsOn: new Date('2001-06-30T00:00:00Z'),
      },
    });
    const member = await signedInClient(server.url, 'member@example.com');
    const roundId = Buffer.from(`Round:${closed.id}`).toString('base64');
    const before = await server.db.prisma.application.count();
    const late = await member.request<CreateResult>(CREATE, { input: { roundId, functions: ['TRAINING'] } });
    expect(late.data?.createDraftApplication).toMatchObject({
      __typename: 'RuleViolationError',
      article: 'Art. 10',
      code: 'ROUND_CLOSED',
    });
    expect(await server.db.prisma.application.count()).toBe(before);
  });

  it('lets only members create drafts, and only staff list all applications', async () => {
    const admin = await signedInClient(server.url, 'admin@example.com');
    const roundId = await openRoundId(admin);
    const byAdmin = await admin.request(CREATE, { input: { roundId, functions: ['TRAINING'] } });
    expect(byAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const anonymous = new GraphQLClient(server.url);
    const byAnonymous = await anonymous.request(CREATE, { input: { roundId, functions: ['TRAINING'] } });
    expect(byAnonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const member = await signedInClient(server.url, 'member@example.com');
    const memberList = await member.request(LIST);
    expect(memberList.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const analyst = await signedInClient(server.url, 'analyst@example.com');
    const analystList = await analyst.request<{ applications: { totalCount: number } }>(LIST);
    expect(analystList.data?.applications.totalCount).toBeGreaterThan(0);
  });

  it('shows unit staff only the applications of members their unit developed (Art. 2)', async () => {
    const unit = await signedInClient(server.url, 'unit@example.com');
    const visible = await unit.request<{ applications: { edges: { node: { id: string } }[] } }>(LIST);
    const unitUser = await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'unit@example.com' } });
    const expected = await server.db.prisma.application.findMany({
      // Not their drafts: a draft is its applicant's alone.
      where: {
        status: { not: 'DRAFT' },
        organisation: { memberships: { some: { unitId: unitUser.unitId ?? '', status: 'ACTIVE' } } },
      },
      select: { id: true },
    });
    const all = await server.db.prisma.application.count();
    expect(visible.data?.applications.edges).toHaveLength(expected.length);
    expect(expected.length).toBeLessThan(all);
  });

  it("keeps one member from reading another organisation's application", async () => {
    const others = await server.db.prisma.application.findFirst({
      where: { organisation: { users: { none: { email: 'member@example.com' } } } },
    });
    expect(others).not.toBeNull();
    const member = await signedInClient(server.url, 'member@example.com');
    const globalId = Buffer.from(`Application:${others?.id}`).toString('base64');
    const read = await member.request('query ($id: ID!) { application(id: $id) { id organisation { name } } }', {
      id: globalId,
    });
    expect(read.data?.application ?? null).toBeNull();
    expect((read.errors ?? []).every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
  });
});
