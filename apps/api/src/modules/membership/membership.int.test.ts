import { creditCodeCheckCharacter } from '@sme/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient, startTestServer, type TestServer, signedInClient } from '../../testing/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const REGISTER = `mutation ($input: RegisterOrganisationInput!) {
  registerOrganisation(input: $input) {
    __typename
    ... on RegisterOrganisationSuccess { data { id name creditCode membership { id } } }
    ... on RuleViolationError { article code message }
    ... on ValidationError { fieldErrors { path message } }
  }
}`;
const APPLY = `mutation { applyForMembership(input: { note: "请审核" }) {
  __typename ... on ApplyForMembershipSuccess { data { id status } } ... on RuleViolationError { article code } } }`;
const APPROVE = `mutation ($input: ApproveMembershipInput!) { approveMembership(input: $input) {
  __typename ... on ApproveMembershipSuccess { data { id status since unit { kind name } } } ... on RuleViolationError { article code } } }`;
const REFUSE = `mutation ($input: RefuseMembershipInput!) { refuseMembership(input: $input) {
  __typename ... on RefuseMembershipSuccess { data { id status decisionNote } } ... on RuleViolationError { article code } ... on ValidationError { fieldErrors { path } } } }`;
const MY_ORG = `{ myOrganisation { id name membership { status unit { kind } } membershipRequest { status decisionNote } } }`;

// Credit codes with a correct GB 32100 check character.
const CODES = ['91350100M000100Y4', '911100001000005890', '913200001347678760'].map(
  (first17) => `${first17.slice(0, 17)}${creditCodeCheckCharacter(first17.slice(0, 17))}`,
);

function registration(i: number, overrides: Record<string, unknown> = {}) {
  return {
    organisationName: `测试服务机构${i}`,
    creditCode: CODES[i],
    contactName: '张三',
    contactPhone: '010-12345678',
    email: `applicant${i}@example.org`,
    password: 'correct horse',
    ...overrides,
  };
}

async function membershipDepartmentStaff(): Promise<GraphQLClient> {
  const unit = await server.db.prisma.unit.findFirstOrThrow({ where: { kind: 'MEMBERSHIP_DEPARTMENT' } });
  const { hashPassword } = await import('@sme/db');
  await server.db.prisma.user.upsert({
    where: { email: 'mem-staff@example.com' },
    update: {},
    create: {
      email: 'mem-staff@example.com',
      displayName: '会员部 吴',
      passwordHash: await hashPassword('demo1234'),
      roles: ['UNIT_STAFF'],
      unitId: unit.id,
    },
  });
  const client = await signedInClient(server.url, 'mem-staff@example.com');
  return client;
}

describe('registration and membership (Art. 2)', () => {
  it('registers an organisation and signs its first user in, with no membership yet', async () => {
    const client = new GraphQLClient(server.url);
    const result = await client.request<{
      registerOrganisation: { __typename: string; data?: { name: string; creditCode: string; membership: null } };
    }>(REGISTER, {
      input: registration(0, { creditCode: ` ${CODES[0]?.toLowerCase()} ` }),
    });
    expect(result.data?.registerOrganisation.__typename).toBe('RegisterOrganisationSuccess');
    expect(result.data?.registerOrganisation.data).toMatchObject({
      name: '测试服务机构0',
      creditCode: CODES[0],
      membership: null,
    });
    expect(client.sessionCookie).toBeTruthy();
    const me = await client.request<{ me: { email: string; roles: string[] } }>('{ me { email roles } }');
    expect(me.data?.me).toEqual({ email: 'applicant0@example.org', roles: ['MEMBER'] });
    const user = await server.db.prisma.user.findUniqueOrThrow({ where: { email: 'applicant0@example.org' } });
    expect(user.passwordHash.startsWith('$argon2id$')).toBe(true);
    expect(
      await server.db.prisma.auditEvent.count({ where: { action: 'organisation.register', actorId: user.id } }),
    ).toBe(1);
  });

  it('refuses a malformed credit code (GB 32100) and a credit code or e-mail already registered', async () => {
    const client = new GraphQLClient(server.url);
    const bad = await client.request<{
      registerOrganisation: { __typename: string; fieldErrors?: { path: string[] }[] };
    }>(REGISTER, {
      input: registration(1, { creditCode: `${CODES[1]?.slice(0, 17)}${CODES[1]?.endsWith('A') ? 'B' : 'A'}` }),
    });
    expect(bad.data?.registerOrganisation.__typename).toBe('ValidationError');
    expect(bad.data?.registerOrganisation.fieldErrors?.[0]?.path).toEqual(['input', 'creditCode']);

    const sameCode = await client.request<{ registerOrganisation: { code?: string } }>(REGISTER, {
      input: registration(1, { creditCode: CODES[0] }),
    });
    expect(sameCode.data?.registerOrganisation.code).toBe('CREDIT_CODE_TAKEN');
    const sameEmail = await client.request<{ registerOrganisation: { code?: string } }>(REGISTER, {
      input: registration(1, { email: 'APPLICANT0@example.org' }),
    });
    expect(sameEmail.data?.registerOrganisation.code).toBe('EMAIL_TAKEN');
    expect(await server.db.prisma.organisation.count({ where: { creditCode: CODES[1] } })).toBe(0);
    expect(client.sessionCookie).toBeUndefined();
  });

  it('a new organisation applies; the Membership Department sees the request and approves it with the developing unit', async () => {
    const applicant = new GraphQLClient(server.url);
    await applicant.request(REGISTER, { input: registration(1) });
    const applied = await applicant.request<{ applyForMembership: { __typename: string; data?: { status: string } } }>(
      APPLY,
    );
    expect(applied.data?.applyForMembership).toMatchObject({
      __typename: 'ApplyForMembershipSuccess',
      data: { status: 'PENDING' },
    });
    const again = await applicant.request<{ applyForMembership: { code?: string } }>(APPLY);
    expect(again.data?.applyForMembership.code).toBe('REQUEST_PENDING');

    // Other unit staff may neither list nor decide.
    const otherUnit = await signedInClient(server.url, 'unit@example.com');
    const denied = await otherUnit.request('{ membershipRequests { id } }');
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const staff = await membershipDepartmentStaff();
    const list = await staff.request<{
      membershipRequests: { status: string; organisation: { id: string; name: string } }[];
    }>('{ membershipRequests { status organisation { id name } } }');
    const row = list.data?.membershipRequests.find((r) => r.organisation.name === '测试服务机构1');
    expect(row?.status).toBe('PENDING');
    const byOtherUnit = await otherUnit.request(APPROVE, { input: { organisationId: row?.organisation.id } });
    expect(byOtherUnit.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const magazine = await server.db.prisma.unit.findFirstOrThrow({ where: { kind: 'MAGAZINE' } });
    const approved = await staff.request<{
      approveMembership: { __typename: string; data?: { status: string; unit: { kind: string } } };
    }>(APPROVE, {
      input: { organisationId: row?.organisation.id, unitId: Buffer.from(`Unit:${magazine.id}`).toString('base64') },
    });
    expect(approved.data?.approveMembership).toMatchObject({
      __typename: 'ApproveMembershipSuccess',
      data: { status: 'ACTIVE', unit: { kind: 'MAGAZINE' } },
    });
    const twice = await staff.request<{ approveMembership: { code?: string } }>(APPROVE, {
      input: { organisationId: row?.organisation.id },
    });
    expect(twice.data?.approveMembership.code).toBe('ALREADY_A_MEMBER');

    const mine = await applicant.request<{
      myOrganisation: { membership: { status: string; unit: { kind: string } }; membershipRequest: { status: string } };
    }>(MY_ORG);
    expect(mine.data?.myOrganisation.membership).toEqual({ status: 'ACTIVE', unit: { kind: 'MAGAZINE' } });
    expect(mine.data?.myOrganisation.membershipRequest.status).toBe('APPROVED');
    expect(
      await applicant
        .request<{ applyForMembership: { code?: string } }>(APPLY)
        .then((r) => r.data?.applyForMembership.code),
    ).toBe('ALREADY_A_MEMBER');
  });

  it('an admin approves without naming a unit: the Membership Department recommends a direct member', async () => {
    const applicant = new GraphQLClient(server.url);
    await applicant.request(REGISTER, { input: registration(2) });
    await applicant.request(APPLY);
    const org = await applicant.request<{ myOrganisation: { id: string } }>(MY_ORG);
    const admin = await signedInClient(server.url, 'admin@example.com');
    const refusedWithoutReason = await admin.request<{ refuseMembership: { __typename: string } }>(REFUSE, {
      input: { organisationId: org.data?.myOrganisation.id, reason: ' ' },
    });
    expect(refusedWithoutReason.data?.refuseMembership.__typename).toBe('ValidationError');
    const refused = await admin.request<{ refuseMembership: { data?: { status: string; decisionNote: string } } }>(
      REFUSE,
      {
        input: { organisationId: org.data?.myOrganisation.id, reason: '材料不全' },
      },
    );
    expect(refused.data?.refuseMembership.data).toMatchObject({ status: 'REFUSED', decisionNote: '材料不全' });
    const seen = await applicant.request<{
      myOrganisation: { membershipRequest: { status: string; decisionNote: string } };
    }>(MY_ORG);
    expect(seen.data?.myOrganisation.membershipRequest).toEqual({ status: 'REFUSED', decisionNote: '材料不全' });

    await applicant.request(APPLY);
    const approved = await admin.request<{ approveMembership: { data?: { unit: { kind: string } } } }>(APPROVE, {
      input: { organisationId: org.data?.myOrganisation.id },
    });
    expect(approved.data?.approveMembership.data?.unit.kind).toBe('MEMBERSHIP_DEPARTMENT');
    const notices = await server.db.prisma.notification.count({
      where: { kind: 'membership.approved', user: { email: 'applicant2@example.org' } },
    });
    expect(notices).toBe(1);
  });
});
