// Data minimisation: analysts read aggregates and public data. An
// organisation's contact details reach only the secretariat, its own members and the unit that
// develops it; a revocation's evidence only the secretariat. Others get FORBIDDEN on the field
// while the rest of the answer stands — with a session and with a personal access token alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient, startTestServer, type TestServer } from '../testing/test-server.js';

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

let server: TestServer;
const clients: Record<string, GraphQLClient> = {};
let applicationId = '';
let accreditationId = '';
let analystToken = '';

const CONTACT = { contactName: '赵敏', contactPhone: '020-88886666', contactEmail: 'zhao@example.org' };
const APPLICATION_QUERY =
  'query ($id: ID!) { application(id: $id) { id organisation { name contactName contactPhone contactEmail } } }';
const EVIDENCE_QUERY = 'query ($id: ID!) { accreditation(id: $id) { id revocation { reason evidence } } }';

type ApplicationAnswer = {
  application: { id: string; organisation: { name: string } & Partial<typeof CONTACT> } | null;
};
type Errors = { errors?: { path?: (string | number)[]; extensions?: { code?: string } }[] };

beforeAll(async () => {
  server = await startTestServer();
  const db = server.db.prisma;
  const staff = await db.user.findUniqueOrThrow({ where: { email: 'unit@example.com' } });
  const round = await db.round.findFirstOrThrow();
  const org = await db.organisation.create({
    data: { name: '广州联系人测试机构', creditCode: '91440000000000009X', ...CONTACT },
  });
  await db.membership.create({
    data: { organisationId: org.id, unitId: staff.unitId!, since: new Date('2020-01-01'), status: 'ACTIVE' },
  });
  // Submitted (a draft is its applicant's alone) and assigned to the demo reviewer, who reads it.
  applicationId = (
    await db.application.create({
      data: { organisationId: org.id, roundId: round.id, status: 'SUBMITTED', submittedAt: new Date() },
    })
  ).id;
  const [reviewer, admin] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { email: 'reviewer@example.com' } }),
    db.user.findUniqueOrThrow({ where: { email: 'admin@example.com' } }),
  ]);
  await db.reviewerAssignment.create({ data: { applicationId, reviewerId: reviewer.id, assignedById: admin.id } });
  const title = await db.accreditation.create({
    data: {
      organisationId: org.id,
      certificateNumber: 'PD-1',
      functions: ['TRAINING'],
      awardedOn: new Date('2024-01-01'),
      validFrom: new Date('2024-01-01'),
      validUntil: new Date('2026-12-31'),
    },
  });
  accreditationId = title.id;
  await db.revocation.create({
    data: {
      accreditationId: title.id,
      reason: 'VIOLATION_VERIFIED',
      description: '虚假宣传',
      evidence: '举报人 李某 提供的录音',
      effectiveOn: new Date('2026-01-01'),
      publishedAt: new Date(),
    },
  });
  for (const who of ['admin', 'unit', 'member', 'reviewer', 'analyst']) {
    clients[who] = new GraphQLClient(server.url);
    await clients[who].login(`${who}@example.com`);
  }
  const created = await clients.analyst!.request<{ createApiToken: { data?: { token: string } } }>(
    'mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { ... on CreateApiTokenSuccess { data { token } } } }',
    { input: { name: 'minimisation test', expiresInDays: 1 } },
  );
  analystToken = created.data?.createApiToken.data?.token ?? '';
}, 240_000);
afterAll(async () => {
  await server?.close();
});

function forbiddenPaths(result: Errors): string[] {
  return (result.errors ?? []).filter((e) => e.extensions?.code === 'FORBIDDEN').map((e) => (e.path ?? []).join('.'));
}

describe("organisations' contact details", () => {
  it.each(['admin', 'unit'])('%s (secretariat; the developing unit) reads them', async (who) => {
    const result = await clients[who]!.request<ApplicationAnswer>(APPLICATION_QUERY, {
      id: gid('Application', applicationId),
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.application?.organisation).toEqual({ name: '广州联系人测试机构', ...CONTACT });
  });

  it.each(['analyst', 'reviewer'])(
    '%s sees the organisation but not its contact person, phone or e-mail',
    async (who) => {
      const result = await clients[who]!.request<ApplicationAnswer>(APPLICATION_QUERY, {
        id: gid('Application', applicationId),
      });
      expect(result.data?.application?.organisation).toEqual({
        name: '广州联系人测试机构',
        contactName: null,
        contactPhone: null,
        contactEmail: null,
      });
      expect(forbiddenPaths(result).sort()).toEqual([
        'application.organisation.contactEmail',
        'application.organisation.contactName',
        'application.organisation.contactPhone',
      ]);
      expect(JSON.stringify(result)).not.toContain(CONTACT.contactPhone);
    },
  );

  it("an analyst's access token gets no more than the analyst", async () => {
    expect(analystToken).not.toBe('');
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${analystToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: APPLICATION_QUERY, variables: { id: gid('Application', applicationId) } }),
    });
    const result = (await response.json()) as ApplicationAnswer & Errors & { data?: ApplicationAnswer };
    expect(result.data?.application?.organisation.name).toBe('广州联系人测试机构');
    expect(forbiddenPaths(result)).toHaveLength(3);
    expect(JSON.stringify(result)).not.toContain(CONTACT.contactEmail);
  });

  it("a member reads its own organisation's contact details", async () => {
    const result = await clients.member!.request<{ myOrganisation: { contactName: string | null } | null }>(
      '{ myOrganisation { contactName } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.myOrganisation).not.toBeNull();
  });
});

describe('revocation evidence', () => {
  it('administrators read it', async () => {
    const result = await clients.admin!.request<{
      accreditation: { revocation: { evidence: string | null } | null } | null;
    }>(EVIDENCE_QUERY, { id: gid('Accreditation', accreditationId) });
    expect(result.errors).toBeUndefined();
    expect(result.data?.accreditation?.revocation?.evidence).toBe('举报人 李某 提供的录音');
  });

  it.each(['analyst', 'unit'])('%s sees the published revocation but not its evidence', async (who) => {
    const result = await clients[who]!.request<{
      accreditation: { revocation: { reason: string; evidence: string | null } | null } | null;
    }>(EVIDENCE_QUERY, {
      id: gid('Accreditation', accreditationId),
    });
    expect(result.data?.accreditation?.revocation).toEqual({ reason: 'VIOLATION_VERIFIED', evidence: null });
    expect(forbiddenPaths(result)).toEqual(['accreditation.revocation.evidence']);
    expect(JSON.stringify(result)).not.toContain('李某');
  });
});

describe('statistics stay aggregate', () => {
  it('the statistics type has no field that could carry contact details', async () => {
    const result = await clients.analyst!.request<{ __type: { fields: { name: string }[] } }>(
      '{ __type(name: "Statistics") { fields { name } } }',
    );
    const names = result.data?.__type.fields.map((f) => f.name) ?? [];
    expect(names.length).toBeGreaterThan(5);
    expect(names.filter((n) => /contact|email|phone|objector|evidence|material/i.test(n))).toEqual([]);
  });
});
