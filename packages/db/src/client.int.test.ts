import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase } from './client';
import { pgliteTemplate } from './testing/pglite-templates';
import type { Database } from './client';
import { Prisma } from './generated/prisma/client';
import { freshTestDatabase, testDatabaseUrl } from './testing/test-database';
import type { TestDatabaseTarget } from './testing/test-database';

describe('createDatabase', () => {
  let target: TestDatabaseTarget | undefined;
  let db: Database | undefined;
  afterEach(async () => {
    await db?.close();
    await target?.dispose();
    db = undefined;
    target = undefined;
  });

  it(`opens ${testDatabaseUrl() ? 'PostgreSQL' : 'PGlite'} and round-trips records with relations, dates and decimals`, async () => {
    target = freshTestDatabase();
    db = await createDatabase({ ...target.options, migrate: true, pgliteTemplate: pgliteTemplate('migrated') });
    expect(db.kind).toBe(testDatabaseUrl() ? 'postgresql' : 'pglite');

    const unit = await db.prisma.unit.create({ data: { code: 'INF', name: '信息部', kind: 'DEPARTMENT' } });
    const organisation = await db.prisma.organisation.create({
      data: {
        name: '测试服务中心',
        creditCode: '91110108MA01ABCD2X',
        memberships: { create: { unitId: unit.id, since: new Date('2020-01-01'), status: 'ACTIVE' } },
      },
    });
    const round = await db.prisma.round.create({
      data: {
        year: 2026,
        sequence: 2,
        name: '2026年第二批',
        opensOn: new Date('2026-09-01'),
        submissionDeadline: new Date('2026-10-31'),
        reviewEndsOn: new Date('2026-12-31'),
      },
    });
    const created = await db.prisma.application.create({
      data: {
        roundId: round.id,
        organisationId: organisation.id,
        totalAssetsYuan: '3000000.50',
        functions: { create: [{ function: 'FINANCING', financingFacilitatedYuan: '800000000.00' }] },
      },
    });

    const loaded = await db.prisma.application.findUniqueOrThrow({
      where: { id: created.id },
      include: { functions: true, round: true, organisation: { include: { memberships: true } } },
    });
    expect(loaded.status).toBe('DRAFT');
    expect(loaded.version).toBe(1);
    expect(loaded.totalAssetsYuan).toEqual(new Prisma.Decimal('3000000.5'));
    expect(loaded.functions.map((f) => f.function)).toEqual(['FINANCING']);
    expect(loaded.round.opensOn.toISOString()).toBe('2026-09-01T00:00:00.000Z');
    expect(loaded.organisation.memberships).toHaveLength(1);
  });

  it('allows at most one ACTIVE membership per organisation (Art. 2)', async () => {
    target = freshTestDatabase();
    db = await createDatabase({ ...target.options, migrate: true, pgliteTemplate: pgliteTemplate('migrated') });
    const unit = await db.prisma.unit.create({ data: { code: 'MEM', name: '会员部', kind: 'MEMBERSHIP_DEPARTMENT' } });
    const organisation = await db.prisma.organisation.create({ data: { name: 'O', creditCode: 'X' } });
    const membership = (status: 'ACTIVE' | 'ENDED') => ({
      data: { organisationId: organisation.id, unitId: unit.id, since: new Date('2020-01-01'), status },
    });
    await db.prisma.membership.create(membership('ENDED'));
    await db.prisma.membership.create(membership('ENDED'));
    await db.prisma.membership.create(membership('ACTIVE'));
    await expect(db.prisma.membership.create(membership('ACTIVE'))).rejects.toMatchObject({ code: 'P2002' });
  });
});

// PGlite's query() prepares each statement text once (patches/@electric-sql__pglite@0.5.16.patch);
// on PostgreSQL the pg driver's named statements do the same (adapters.ts).
describe("PGlite's named prepared statements", () => {
  let db: Database | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it('reuse a statement with new parameters, follow a change of the table, and stay at most 500', async (ctx) => {
    if (testDatabaseUrl()) ctx.skip();
    db = await createDatabase({ pgliteTemplate: pgliteTemplate('migrated') });
    const prisma = db.prisma;
    const prepared = async () =>
      (await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_prepared_statements`)[0]!.n;
    await prisma.unit.createMany({
      data: ['A', 'B', 'C'].map((code) => ({ code, name: `单位${code}`, kind: 'DEPARTMENT' as const })),
    });

    // The same text, run more than five times (when PostgreSQL may switch to a generic plan),
    // answers for each run's own parameters.
    for (let round = 0; round < 8; round++) {
      for (const code of ['A', 'B', 'C', 'Z']) {
        const found = await prisma.unit.findUnique({ where: { code }, select: { name: true } });
        expect(found).toEqual(code === 'Z' ? null : { name: `单位${code}` });
      }
    }
    const afterRepeats = await prepared();

    // A table changed under a prepared statement: PostgreSQL re-plans it, nothing fails.
    await prisma.$executeRawUnsafe('ALTER TABLE "Unit" ADD COLUMN "note" text');
    expect(await prisma.unit.findUnique({ where: { code: 'B' }, select: { name: true } })).toEqual({ name: '单位B' });

    // Distinct texts (an IN list of each length) fill the cache; the oldest are closed.
    for (let size = 1; size <= 520; size++) {
      const codes = Array.from({ length: size }, (_, i) => (i === 0 ? 'A' : `X${i}`));
      expect(await prisma.unit.count({ where: { code: { in: codes } } })).toBe(1);
    }
    expect(afterRepeats).toBeLessThan(20);
    expect(await prepared()).toBeLessThanOrEqual(500);
    expect(await prepared()).toBeGreaterThan(400);
  });
});
