// The console's titles list filters in the database (titles query): each filter against titles
// made for the test, whose expected statuses come from the domain's own rule (titleStatusOn).
import { titleStatusOn, type ServiceFunction, type TitleStatus } from '@sme/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient, startTestServer, type TestServer, signedInClient } from '../../testing/test-server.js';

let server: TestServer;
let analyst: GraphQLClient;

const ON = '2031-06-01';
const PREFIX = '筛选测试';
type Fixture = {
  name: string;
  province: string;
  functions: ServiceFunction[];
  validFrom: string;
  validUntil: string;
  revocation?: { effectiveOn: string | null };
};
const fixtures: Fixture[] = [
  {
    name: `${PREFIX}甲`,
    province: '330000',
    functions: ['TRAINING'],
    validFrom: '2030-01-01',
    validUntil: '2032-12-31',
  },
  {
    name: `${PREFIX}乙`,
    province: '440000',
    functions: ['FINANCING', 'TRAINING'],
    validFrom: '2028-07-01',
    validUntil: '2031-06-30',
  },
  {
    name: `${PREFIX}丙`,
    province: '110000',
    functions: ['INFORMATION'],
    validFrom: '2027-01-01',
    validUntil: '2029-12-31',
  },
  {
    name: `${PREFIX}丁`,
    province: '330000',
    functions: ['TECHNOLOGY'],
    validFrom: '2031-09-01',
    validUntil: '2034-08-31',
  },
  {
    name: `${PREFIX}戊`,
    province: '320000',
    functions: ['STARTUP'],
    validFrom: '2029-03-01',
    validUntil: '2032-02-28',
    revocation: { effectiveOn: '2031-01-10' },
  },
  // an open revocation (a failed spot check) does not end the title yet
  {
    name: `${PREFIX}己`,
    province: '440000',
    functions: ['TRAINING'],
    validFrom: '2030-01-01',
    validUntil: '2032-12-31',
    revocation: { effectiveOn: null },
  },
];
const statusOf = (f: Fixture, on: string): TitleStatus =>
  titleStatusOn({ validFrom: f.validFrom, validUntil: f.validUntil, revokedOn: f.revocation?.effectiveOn ?? null }, on);

const TITLES = `query ($first: Int, $after: String, $status: TitleStatus, $on: Date, $function: ServiceFunction, $region: String, $name: String, $expiringYear: Int) {
  titles(first: $first, after: $after, status: $status, on: $on, function: $function, region: $region, name: $name, expiringYear: $expiringYear) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id organisationName certificateNumber awardedOn titleStatusOn(date: "${ON}") } }
  } }`;
type Titles = {
  titles: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      cursor: string;
      node: {
        id: string;
        organisationName: string;
        certificateNumber: string;
        awardedOn: string;
        titleStatusOn: TitleStatus;
      };
    }[];
  };
};

async function titles(variables: Record<string, unknown>) {
  const result = await analyst.request<Titles>(TITLES, { name: PREFIX, first: 50, ...variables });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data.titles;
}
const names = (connection: Titles['titles']) => connection.edges.map((e) => e.node.organisationName).sort();
const expected = (keep: (f: Fixture) => boolean) =>
  fixtures
    .filter(keep)
    .map((f) => f.name)
    .sort();

beforeAll(async () => {
  server = await startTestServer();
  const prisma = server.db.prisma;
  for (const [index, f] of fixtures.entries()) {
    const organisation = await prisma.organisation.create({
      data: { name: f.name, creditCode: `TITLELIST${String(index).padStart(9, '0')}`, provinceCode: f.province },
    });
    const title = await prisma.accreditation.create({
      data: {
        organisationId: organisation.id,
        imported: true,
        certificateNumber: `TL-2031-${String(index + 1).padStart(3, '0')}`,
        functions: f.functions,
        awardedOn: new Date(`${f.validFrom}T00:00:00Z`),
        validFrom: new Date(`${f.validFrom}T00:00:00Z`),
        validUntil: new Date(`${f.validUntil}T00:00:00Z`),
      },
    });
    if (f.revocation) {
      await prisma.revocation.create({
        data: {
          accreditationId: title.id,
          reason: f.revocation.effectiveOn ? 'VIOLATION_VERIFIED' : 'FAILED_SPOT_CHECK',
          status: f.revocation.effectiveOn ? 'COMPLETED' : 'OPEN',
          description: '测试',
          effectiveOn: f.revocation.effectiveOn ? new Date(`${f.revocation.effectiveOn}T00:00:00Z`) : null,
        },
      });
    }
  }
  analyst = await signedInClient(server.url, 'analyst@example.com');
}, 120_000);

afterAll(async () => {
  await server?.close();
});

describe('titles: the console list, filtered in the database', () => {
  it('takes each status on a date by the same rule as titleStatusOn', async () => {
    for (const status of ['VALID', 'EXPIRING_THIS_YEAR', 'EXPIRED', 'NOT_YET_VALID', 'REVOKED'] as const) {
      const found = await titles({ status, on: ON });
      expect(names(found), status).toEqual(expected((f) => statusOf(f, ON) === status));
      expect(found.totalCount).toBe(found.edges.length);
      for (const edge of found.edges) expect(edge.node.titleStatusOn).toBe(status);
    }
    // before its revocation took effect the revoked title was still valid
    expect(names(await titles({ status: 'VALID', on: '2030-12-01' }))).toContain(`${PREFIX}戊`);
    expect(names(await titles({ status: 'REVOKED', on: '2030-12-01' }))).toEqual([]);
  });

  it('filters by function, region, year of expiry and name or certificate number', async () => {
    expect(names(await titles({ function: 'TRAINING' }))).toEqual(expected((f) => f.functions.includes('TRAINING')));
    expect(names(await titles({ region: '浙江' }))).toEqual(expected((f) => f.province === '330000'));
    expect(names(await titles({ region: '440000' }))).toEqual(expected((f) => f.province === '440000'));
    expect(names(await titles({ expiringYear: 2031 }))).toEqual(expected((f) => f.validUntil.startsWith('2031')));
    expect(names(await titles({ name: 'tl-2031-003' }))).toEqual([`${PREFIX}丙`]);
    // filters combine
    expect(names(await titles({ function: 'TRAINING', region: '广东', status: 'VALID', on: ON }))).toEqual(
      expected((f) => f.functions.includes('TRAINING') && f.province === '440000' && statusOf(f, ON) === 'VALID'),
    );
  });

  it('pages on the server, most recently awarded first, with the total of all matching', async () => {
    const first = await titles({ first: 4 });
    expect(first.totalCount).toBe(fixtures.length);
    expect(first.edges).toHaveLength(4);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await titles({ first: 4, after: first.pageInfo.endCursor });
    expect(rest.edges).toHaveLength(fixtures.length - 4);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const awarded = [...first.edges, ...rest.edges].map((e) => e.node.awardedOn);
    expect(awarded).toEqual([...awarded].sort().reverse());
    expect(new Set([...first.edges, ...rest.edges].map((e) => e.node.id)).size).toBe(fixtures.length);
  });

  it("is for staff only, and refuses a bad argument as the caller's error", async () => {
    const member = await signedInClient(server.url, 'member@example.com');
    const refused = await member.request(TITLES, { first: 5 });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await analyst.request(TITLES, { first: 5, expiringYear: 20311 });
    expect(bad.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(bad)).not.toContain('INTERNAL_SERVER_ERROR');
  });
});
