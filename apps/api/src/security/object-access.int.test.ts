// Object-level authorisation that the role × field matrix cannot see.
// Unit staff see revocations only once published and only for their current members; a unit
// whose membership with an organisation ended no longer sees that organisation's records.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient, startTestServer, type TestServer, signedInClient } from '../testing/test-server.js';

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

let server: TestServer;
let unitStaff: GraphQLClient;
let admin: GraphQLClient;
const ids = {
  current: '',
  former: '',
  publishedCurrent: '',
  draftCurrent: '',
  publishedFormer: '',
  formerApplication: '',
};

beforeAll(async () => {
  server = await startTestServer();
  const db = server.db.prisma;
  const staff = await db.user.findUniqueOrThrow({ where: { email: 'unit@example.com' } });
  const unitId = staff.unitId!;
  const round = await db.round.findFirstOrThrow();
  const org = (name: string, code: string) => db.organisation.create({ data: { name, creditCode: code } });
  const current = await org('现成员机构', '91110000000000001X');
  const former = await org('已退出机构', '91110000000000002X');
  ids.current = current.id;
  ids.former = former.id;
  await db.membership.create({
    data: { organisationId: current.id, unitId, since: new Date('2020-01-01'), status: 'ACTIVE' },
  });
  await db.membership.create({
    data: {
      organisationId: former.id,
      unitId,
      since: new Date('2019-01-01'),
      status: 'ENDED',
      endedOn: new Date('2025-06-30'),
    },
  });
  ids.formerApplication = (await db.application.create({ data: { organisationId: former.id, roundId: round.id } })).id;
  const accreditation = (organisationId: string, n: number) =>
    db.accreditation.create({
      data: {
        organisationId,
        certificateNumber: `TEST-${n}`,
        functions: ['TRAINING'],
        awardedOn: new Date('2024-01-01'),
        validFrom: new Date('2024-01-01'),
        validUntil: new Date('2026-12-31'),
      },
    });
  const revoke = async (organisationId: string, n: number, published: boolean) =>
    (
      await db.revocation.create({
        data: {
          accreditationId: (await accreditation(organisationId, n)).id,
          reason: 'VIOLATION_VERIFIED',
          description: `revocation ${n}`,
          evidence: `confidential evidence ${n}`,
          effectiveOn: new Date('2026-01-01'),
          publishedAt: published ? new Date() : null,
        },
      })
    ).id;
  ids.publishedCurrent = await revoke(current.id, 1, true);
  ids.draftCurrent = await revoke(current.id, 2, false);
  ids.publishedFormer = await revoke(former.id, 3, true);
  unitStaff = await signedInClient(server.url, 'unit@example.com');
  admin = await signedInClient(server.url, 'admin@example.com');
});
afterAll(async () => {
  await server?.close();
});

describe('revocations', () => {
  const QUERY = '{ revocations { id } }';

  it('administrators see every revocation, published or not', async () => {
    const result = await admin.request<{ revocations: { id: string }[] }>(QUERY);
    expect(result.data?.revocations.map((r) => r.id)).toEqual(
      expect.arrayContaining(
        [ids.publishedCurrent, ids.draftCurrent, ids.publishedFormer].map((id) => globalId('Revocation', id)),
      ),
    );
  });

  it('unit staff see only the published revocations of their current members', async () => {
    const result = await unitStaff.request<{ revocations: { id: string }[] }>(QUERY);
    expect(result.errors).toBeUndefined();
    expect(result.data?.revocations.map((r) => r.id)).toEqual([globalId('Revocation', ids.publishedCurrent)]);
  });

  it.each(['REVIEWER', 'ANALYST', 'MEMBER'])('%s may not list revocations', async (role) => {
    const client = await signedInClient(
      server.url,
      `${role === 'REVIEWER' ? 'reviewer' : role === 'ANALYST' ? 'analyst' : 'member'}@example.com`,
    );
    const result = await client.request(QUERY);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('a unit whose membership ended', () => {
  it("no longer sees the organisation's applications, in lists or by id", async () => {
    const list = await unitStaff.request<{ applications: { edges: { node: { id: string } }[] } }>(
      '{ applications(first: 100) { edges { node { id } } } }',
    );
    expect(list.data?.applications.edges.map((e) => e.node.id)).not.toContain(ids.formerApplication);
    const one = await unitStaff.request<{
      application: { id: string; organisation: { contactPhone: string | null } } | null;
    }>('query ($id: ID!) { application(id: $id) { id organisation { contactPhone } } }', {
      id: globalId('Application', ids.formerApplication),
    });
    expect(one.data?.application ?? null).toBeNull();
    expect(JSON.stringify(one)).not.toContain('已退出机构');
  });

  it('administrators still see it', async () => {
    const one = await admin.request<{ application: { id: string } | null }>(
      'query ($id: ID!) { application(id: $id) { id } }',
      { id: globalId('Application', ids.formerApplication) },
    );
    expect(one.data?.application?.id).toBe(globalId('Application', ids.formerApplication));
  });
});
