// The lists' totals cached on the embedded database until its data changes (count-cache.ts).
// A total must never be stale: every change made through the API moves the data version on.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { countOnce } from './count-cache.js';
import { todayInShanghai } from './clock.js';
import { GraphQLClient, signedInClient, startTestServer, type TestServer } from './testing/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('countOnce', () => {
  it('counts once per key until the embedded database changes; PostgreSQL counts every time', async () => {
    const embedded = server.db.kind === 'pglite';
    let counted = 0;
    const count = async () => {
      counted += 1;
      return server.db.prisma.unit.count();
    };
    const units = await server.db.prisma.unit.count();

    // Two requests at once share one count, and a later one reuses it.
    expect(await Promise.all([countOnce('units', count), countOnce('units', count)])).toEqual([units, units]);
    expect(await countOnce('units', count)).toBe(units);
    expect(counted).toBe(embedded ? 1 : 3);
    // Another key is another count.
    await countOnce('units again', count);
    expect(counted).toBe(embedded ? 2 : 4);

    await server.db.prisma.unit.create({ data: { code: 'CNT', name: '计数部', kind: 'DEPARTMENT' } });
    expect(await countOnce('units', count)).toBe(units + 1);
    expect(counted).toBe(embedded ? 3 : 5);
  });

  it('does not keep a failed count', async () => {
    await expect(countOnce('failing', () => Promise.reject(new Error('the database went away')))).rejects.toThrow(
      'went away',
    );
    expect(await countOnce('failing', () => Promise.resolve(7))).toBe(7);
  });
});

describe('the staff list’s total', () => {
  const DRAFTS = '{ applications(first: 1, status: DRAFT) { totalCount } }';
  // Unfiltered, the total is counted by plain SQL rather than Prisma's count (countApplications).
  const ALL = '{ applications(first: 1) { totalCount } }';

  it('follows a change made through the API at once', async () => {
    const admin = await signedInClient(server.url, 'admin@example.com');
    const member = await signedInClient(server.url, 'member@example.com');
    const me = await member.request<{ me: { organisation: { name: string } } }>('{ me { organisation { name } } }');
    await server.db.prisma.application.deleteMany({ where: { organisation: { name: me.data!.me.organisation.name } } });
    const total = async (query: string) =>
      (await admin.request<{ applications: { totalCount: number } }>(query)).data!.applications.totalCount;
    const drafts = () => total(DRAFTS);

    const before = await drafts();
    expect(await drafts()).toBe(before);
    expect(before).toBe(await server.db.prisma.application.count({ where: { status: 'DRAFT' } }));
    const allBefore = await total(ALL);
    expect(allBefore).toBe(await server.db.prisma.application.count());
    expect(allBefore).toBeGreaterThan(before);

    const rounds = await member.request<{ openRounds: { id: string }[] }>('{ openRounds { id } }');
    const created = await member.request<{ createDraftApplication: { __typename: string } }>(
      'mutation ($input: CreateDraftApplicationInput!) { createDraftApplication(input: $input) { __typename } }',
      { input: { roundId: rounds.data!.openRounds[0]!.id, functions: ['TRAINING'] } },
    );
    expect(created.data?.createDraftApplication.__typename).toBe('CreateDraftApplicationSuccess');
    expect(await drafts()).toBe(before + 1);
    expect(await total(ALL)).toBe(allBefore + 1);
  });
});

describe('the public register', () => {
  it('builds a function filter once per request, for its page and its total', async () => {
    const day = new Date(`${todayInShanghai()}T00:00:00Z`);
    const held = await server.db.prisma.accreditation.findFirst({
      where: { validFrom: { lte: day }, validUntil: { gte: day }, revocation: { is: null } },
      select: { functions: true },
    });
    const fn = held!.functions[0]!;
    // The filter's own query: the ids of the titles valid today that hold the function.
    const byFunction = vi.spyOn(server.db.prisma, '$queryRaw');
    const idQueries = () =>
      byFunction.mock.calls.filter(([sql]) => (sql as TemplateStringsArray).join('?').includes('"functions"')).length;
    try {
      const register = await new GraphQLClient(server.url).request<{
        register: { totalCount: number; edges: unknown[] };
      }>('query ($f: ServiceFunction) { register(function: $f, first: 200) { totalCount edges { cursor } } }', {
        f: fn,
      });
      expect(register.errors).toBeUndefined();
      expect(register.data!.register.totalCount).toBeGreaterThan(0);
      expect(register.data!.register.totalCount).toBe(register.data!.register.edges.length);
      expect(idQueries()).toBe(1);
    } finally {
      byFunction.mockRestore();
    }
  });
});
