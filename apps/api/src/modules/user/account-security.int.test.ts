import { encodeGlobalID } from '@pothos/plugin-relay';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient, signedInClient, startTestServer, type TestServer } from '../../testing/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 120_000);
afterAll(async () => {
  await server?.close();
});

const SESSIONS = '{ mySessions { id current ip createdAt lastSeenAt } }';
type Sessions = { mySessions: { id: string; current: boolean }[] };
const END = `mutation ($input: EndSessionInput!) {
  endSession(input: $input) { __typename ... on EndSessionSuccess { data } ... on Error { message } }
}`;

async function enrol(client: GraphQLClient): Promise<{ secret: string; recoveryCodes: string[] }> {
  const started = await client.request<{ startTwoFactorEnrolment: { data: { secret: string; otpauthUri: string } } }>(
    'mutation { startTwoFactorEnrolment(input: { password: "demo1234" }) { ... on StartTwoFactorEnrolmentSuccess { data { secret otpauthUri } } } }',
  );
  const { secret, otpauthUri } = started.data!.startTwoFactorEnrolment.data;
  expect(otpauthUri).toMatch(/^otpauth:\/\/totp\//);
  const confirmed = await client.request<{
    confirmTwoFactorEnrolment: { __typename: string; data: { recoveryCodes: string[] } };
  }>(
    'mutation ($code: String!) { confirmTwoFactorEnrolment(input: { code: $code }) { __typename ... on ConfirmTwoFactorEnrolmentSuccess { data { recoveryCodes } } } }',
    { code: await generate({ secret }) },
  );
  expect(confirmed.data?.confirmTwoFactorEnrolment.__typename).toBe('ConfirmTwoFactorEnrolmentSuccess');
  return { secret, recoveryCodes: confirmed.data!.confirmTwoFactorEnrolment.data.recoveryCodes };
}

describe('account security', () => {
  it('lists the own sessions, marks this one, and ends another browser but not someone else’s', async () => {
    const laptop = await signedInClient(server.url, 'analyst@example.com');
    const phone = await signedInClient(server.url, 'analyst@example.com');
    const listed = (await laptop.request<Sessions>(SESSIONS)).data!.mySessions;
    expect(listed.length).toBeGreaterThanOrEqual(2);
    expect(listed.filter((s) => s.current)).toHaveLength(1);
    const phoneId = (await phone.request<Sessions>(SESSIONS)).data!.mySessions.find((s) => s.current)!.id;

    // Another user cannot end it: it does not exist for them.
    const stranger = await signedInClient(server.url, 'unit@example.com');
    const refused = await stranger.request<{ endSession: { __typename: string; message: string } }>(END, {
      input: { sessionId: phoneId },
    });
    expect(refused.data?.endSession.__typename).toBe('NotFoundError');
    expect((await phone.request<{ me: unknown }>('{ me { email } }')).data?.me).not.toBeNull();

    const ended = await laptop.request<{ endSession: { __typename: string } }>(END, { input: { sessionId: phoneId } });
    expect(ended.data?.endSession.__typename).toBe('EndSessionSuccess');
    expect((await phone.request<{ me: unknown }>('{ me { email } }')).data?.me).toBeNull();
    expect((await laptop.request<Sessions>(SESSIONS)).data!.mySessions.map((s) => s.id)).not.toContain(phoneId);
    const audit = await server.db.prisma.auditEvent.findFirst({ where: { action: 'auth.sessionEnded' } });
    expect(audit).not.toBeNull();
  });

  it('a member enrols, is asked for a code at sign-in, and turns two-step sign-in off only with a valid code', async () => {
    const member = await signedInClient(server.url, 'member@example.com');
    const { recoveryCodes } = await enrol(member);
    expect(recoveryCodes).toHaveLength(10);

    const fresh = new GraphQLClient(server.url);
    const asked = await fresh.request<{ login: { __typename: string } }>(
      'mutation { login(input: { email: "member@example.com", password: "demo1234" }) { __typename } }',
    );
    expect(asked.data?.login.__typename).toBe('TwoFactorRequiredError');

    const DISABLE = `mutation ($code: String!) { disableTwoFactor(input: { code: $code }) {
      __typename ... on DisableTwoFactorSuccess { data { twoFactorEnabled } } ... on Error { message } } }`;
    const wrong = await member.request<{ disableTwoFactor: { __typename: string } }>(DISABLE, { code: '000000' });
    expect(wrong.data?.disableTwoFactor.__typename).toBe('InvalidCredentialsError');
    const off = await member.request<{ disableTwoFactor: { __typename: string; data: { twoFactorEnabled: boolean } } }>(
      DISABLE,
      { code: recoveryCodes[0] },
    );
    expect(off.data?.disableTwoFactor).toEqual({
      __typename: 'DisableTwoFactorSuccess',
      data: { twoFactorEnabled: false },
    });
    // Signs in with the password alone again; a second disable has nothing to turn off.
    await fresh.login('member@example.com');
    const again = await member.request<{ disableTwoFactor: { __typename: string } }>(DISABLE, {
      code: recoveryCodes[1],
    });
    expect(again.data?.disableTwoFactor.__typename).toBe('InvalidCredentialsError');
  });

  it('administrators list who has enrolled; nobody else may', async () => {
    const reviewer = await signedInClient(server.url, 'reviewer@example.com');
    await enrol(reviewer);
    const admin = await signedInClient(server.url, 'admin@example.com');
    const USERS = `query ($on: Boolean, $first: Int, $after: String) {
      users(twoFactorEnabled: $on, first: $first, after: $after) {
        edges { node { email twoFactorEnabled } } pageInfo { hasNextPage endCursor } } }`;
    type Users = {
      users: { edges: { node: { email: string; twoFactorEnabled: boolean } }[]; pageInfo: { endCursor: string } };
    };
    const enrolled = (await admin.request<Users>(USERS, { on: true })).data!.users.edges.map((e) => e.node.email);
    expect(enrolled).toContain('reviewer@example.com');
    expect(enrolled).not.toContain('admin@example.com');
    const notEnrolled = (await admin.request<Users>(USERS, { on: false, first: 100 })).data!.users.edges;
    expect(notEnrolled.map((e) => e.node.email)).toContain('admin@example.com');
    expect(notEnrolled.every((e) => !e.node.twoFactorEnabled)).toBe(true);
    // Paged in the database: two pages of one do not repeat.
    const first = (await admin.request<Users>(USERS, { first: 1 })).data!.users;
    const second = (await admin.request<Users>(USERS, { first: 1, after: first.pageInfo.endCursor })).data!.users;
    expect(second.edges[0]!.node.email).not.toBe(first.edges[0]!.node.email);

    const analyst = await signedInClient(server.url, 'analyst@example.com');
    const refused = await analyst.request(USERS, { on: true });
    expect(refused.data).toBeNull();
    expect(refused.errors?.length).toBeGreaterThan(0);
  });
});

describe('the audit trail: filters and paging', () => {
  const EVENTS = `query ($action: String, $actorId: ID, $from: Date, $to: Date, $entityId: String, $first: Int, $after: String) {
    auditEvents(action: $action, actorId: $actorId, from: $from, to: $to, entityId: $entityId, first: $first, after: $after) {
      edges { node { action entityId occurredAt actor { email } } } pageInfo { hasNextPage endCursor } } }`;
  type Events = {
    auditEvents: {
      edges: { node: { action: string; entityId: string; occurredAt: string; actor: { email: string } | null } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
  };
  let admin: GraphQLClient;
  let adminId: string;
  beforeAll(async () => {
    const db = server.db.prisma;
    admin = await signedInClient(server.url, 'admin@example.com');
    adminId = (await db.user.findUniqueOrThrow({ where: { email: 'admin@example.com' } })).id;
    const member = await db.user.findUniqueOrThrow({ where: { email: 'member@example.com' } });
    // 23:59 and 00:00 Beijing time either side of midnight 8 December (UTC+8).
    await db.auditEvent.createMany({
      data: [
        {
          action: 'test.filter',
          entityType: 'Round',
          entityId: 'r-late',
          actorId: adminId,
          occurredAt: new Date('2026-12-07T15:59:00Z'),
        },
        {
          action: 'test.filter',
          entityType: 'Round',
          entityId: 'r-midnight',
          actorId: adminId,
          occurredAt: new Date('2026-12-07T16:00:00Z'),
        },
        {
          action: 'test.filter',
          entityType: 'Round',
          entityId: 'r-member',
          actorId: member.id,
          occurredAt: new Date('2026-12-08T02:00:00Z'),
        },
        {
          action: 'test.other',
          entityType: 'Round',
          entityId: 'r-other',
          actorId: adminId,
          occurredAt: new Date('2026-12-08T03:00:00Z'),
        },
      ],
    });
  });

  const ids = (r: { data?: Events | null }) => r.data!.auditEvents.edges.map((e) => e.node.entityId);

  it('filters by action, newest first', async () => {
    expect(ids(await admin.request<Events>(EVENTS, { action: 'test.filter' }))).toEqual([
      'r-member',
      'r-midnight',
      'r-late',
    ]);
  });

  it('filters by Beijing dates: 00:00 on the 8th is the 8th, 23:59 on the 7th is not', async () => {
    const day8 = { action: 'test.filter', from: '2026-12-08', to: '2026-12-08' };
    expect(ids(await admin.request<Events>(EVENTS, day8))).toEqual(['r-member', 'r-midnight']);
    expect(ids(await admin.request<Events>(EVENTS, { action: 'test.filter', to: '2026-12-07' }))).toEqual(['r-late']);
  });

  it('filters by actor and by object', async () => {
    const byAdmin = await admin.request<Events>(EVENTS, {
      action: 'test.filter',
      actorId: encodeGlobalID('User', adminId),
    });
    expect(ids(byAdmin)).toEqual(['r-midnight', 'r-late']);
    expect(ids(await admin.request<Events>(EVENTS, { entityId: 'r-other' }))).toEqual(['r-other']);
  });

  it('pages on the server with cursors', async () => {
    const first = await admin.request<Events>(EVENTS, { action: 'test.filter', first: 2 });
    expect(ids(first)).toEqual(['r-member', 'r-midnight']);
    expect(first.data!.auditEvents.pageInfo.hasNextPage).toBe(true);
    const next = await admin.request<Events>(EVENTS, {
      action: 'test.filter',
      first: 2,
      after: first.data!.auditEvents.pageInfo.endCursor,
    });
    expect(ids(next)).toEqual(['r-late']);
    expect(next.data!.auditEvents.pageInfo.hasNextPage).toBe(false);
  });

  it('the export holds the rows of the same filters', async () => {
    const query = new URLSearchParams({
      action: 'test.filter',
      actorId: encodeGlobalID('User', adminId),
      from: '2026-12-08',
      to: '2026-12-08',
    });
    const response = await fetch(`${server.url}/api/exports/audit-events.csv?${query}`, {
      headers: { cookie: admin.sessionCookie! },
    });
    expect(response.status).toBe(200);
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('r-midnight');
    // Beijing time: 16:00 UTC on the 7th is midnight on the 8th.
    expect(lines[1]!.startsWith('2026-12-08 00:00:00,')).toBe(true);
  });
});
