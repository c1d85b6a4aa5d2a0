// The embedded database in a worker thread, as the API runs it: the same Prisma client and
// migration engine over messages to the thread. PGlite only (PostgreSQL has no worker).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '../client';
import { Prisma } from '../generated/prisma/client';
import { pgliteTemplate } from '../testing/pglite-templates';
import { startPgliteWorker } from './host';

// Each test starts worker threads that load their TypeScript and open PGlite: 3–7 s on a quiet
// machine, but up to 30 s while the rest of `npm test` runs beside it (a clean-clone CI run timed
// out at the package's 30 s default).
describe('PGlite in a worker thread', { timeout: 120_000 }, () => {
  const opened: Database[] = [];
  const dirs: string[] = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.close();
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });
  const dataDir = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sme-db-worker-'));
    dirs.push(dir);
    return join(dir, 'pglite');
  };
  const open = async (location: { dataDir?: string; pgliteTemplate?: string }) => {
    const db = await createDatabase({ ...location, migrate: true, pgliteWorker: startPgliteWorker(location) });
    opened.push(db);
    return db;
  };

  it('round-trips records with relations, dates and decimals, and keeps them on disk', async () => {
    const dir = await dataDir();
    const db = await open({ dataDir: dir, pgliteTemplate: pgliteTemplate('migrated') });
    expect(db.kind).toBe('pglite');
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
        functions: { create: [{ function: 'FINANCING' }] },
      },
    });
    const loaded = await db.prisma.application.findUniqueOrThrow({
      where: { id: created.id },
      include: { functions: true, round: true, organisation: { include: { memberships: true } } },
    });
    expect(loaded.totalAssetsYuan).toEqual(new Prisma.Decimal('3000000.5'));
    expect(loaded.functions.map((f) => f.function)).toEqual(['FINANCING']);
    expect(loaded.round.opensOn.toISOString()).toBe('2026-09-01T00:00:00.000Z');
    expect(loaded.organisation.memberships).toHaveLength(1);
    // Changes made through the thread move the data version on (data-version.ts).
    const version = db.dataVersion!();
    await db.prisma.unit.update({ where: { id: unit.id }, data: { name: '信息化部' } });
    expect(db.dataVersion!()).toBeGreaterThan(version);

    await opened.pop()!.close();
    // Reopened from the data directory alone (no template): the rows are there.
    const again = await open({ dataDir: dir });
    expect(
      await again.prisma.organisation.findUniqueOrThrow({ where: { id: organisation.id }, select: { name: true } }),
    ).toEqual({ name: '测试服务中心' });
  });

  it("reports a constraint violation as Prisma's P2002, and the connection goes on serving", async () => {
    const db = await open({ pgliteTemplate: pgliteTemplate('migrated') });
    const unit = await db.prisma.unit.create({ data: { code: 'MEM', name: '会员部', kind: 'MEMBERSHIP_DEPARTMENT' } });
    const organisation = await db.prisma.organisation.create({ data: { name: 'O', creditCode: 'X' } });
    const active = {
      data: {
        organisationId: organisation.id,
        unitId: unit.id,
        since: new Date('2020-01-01'),
        status: 'ACTIVE' as const,
      },
    };
    await db.prisma.membership.create(active);
    await expect(db.prisma.membership.create(active)).rejects.toMatchObject({ code: 'P2002' });
    expect(await db.prisma.membership.count()).toBe(1);
  });

  it('commits an interactive transaction, and rolls back every statement of one that throws', async () => {
    const db = await open({ pgliteTemplate: pgliteTemplate('migrated') });
    await db.prisma.$transaction(async (tx) => {
      await tx.unit.create({ data: { code: 'A', name: '甲', kind: 'DEPARTMENT' } });
      await tx.unit.create({ data: { code: 'B', name: '乙', kind: 'DEPARTMENT' } });
    });
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.unit.create({ data: { code: 'C', name: '丙', kind: 'DEPARTMENT' } });
        throw new Error('the rule failed');
      }),
    ).rejects.toThrow('the rule failed');
    // A statement outside waits for the open transaction, then sees only committed rows.
    const [inside, outside] = await Promise.all([
      db.prisma.$transaction(async (tx) => {
        await tx.unit.create({ data: { code: 'D', name: '丁', kind: 'DEPARTMENT' } });
        return tx.unit.count();
      }),
      db.prisma.unit.count(),
    ]);
    expect(inside).toBe(3);
    expect([2, 3]).toContain(outside);
    expect(
      (await db.prisma.unit.findMany({ select: { code: true }, orderBy: { code: 'asc' } })).map((u) => u.code),
    ).toEqual(['A', 'B', 'D']);
  });

  it('lets a transaction wait for a long statement on the one connection (the nightly VACUUM), not fail after 2 s', async () => {
    const db = await open({ dataDir: await dataDir(), pgliteTemplate: pgliteTemplate('migrated') });
    // Stands in for a large table's VACUUM: the one connection is busy for longer than Prisma's
    // default maxWait (2 s), after which a transaction that had not started would fail.
    // (`.then` sends it: a Prisma query is lazy until awaited.)
    const busy = db.prisma.$executeRawUnsafe('SELECT pg_sleep(2.6)').then(() => 'slept');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = performance.now();
    const created = await db.prisma.$transaction(async (tx) =>
      tx.unit.create({ data: { code: 'WAIT', name: '等候单位', kind: 'DEPARTMENT' } }),
    );
    expect(performance.now() - started).toBeGreaterThan(2_000);
    expect(await busy).toBe('slept');
    expect(await db.prisma.unit.findUnique({ where: { id: created.id }, select: { code: true } })).toEqual({
      code: 'WAIT',
    });
  });

  it('dumps its data directory as a tarball another database starts from', async () => {
    const db = await open({ pgliteTemplate: pgliteTemplate('migrated') });
    await db.prisma.unit.create({ data: { code: 'T', name: '模板', kind: 'DEPARTMENT' } });
    const tarball = await db.dumpPgliteDataDir!();
    const file = join(await dataDir(), '..', 'dump.tar');
    await writeFile(file, tarball);
    const copy = await open({ pgliteTemplate: file });
    expect(await copy.prisma.unit.findMany({ select: { code: true } })).toEqual([{ code: 'T' }]);
  });

  it('starts a new data directory as a copy of a template directory (the API build ships one)', async () => {
    const template = await dataDir();
    const made = await open({ dataDir: template, pgliteTemplate: pgliteTemplate('migrated') });
    await made.prisma.unit.create({ data: { code: 'TPL', name: '模板单位', kind: 'DEPARTMENT' } });
    await opened.pop()!.close();

    const target = await dataDir();
    await mkdir(target); // the API creates it, empty, before the worker starts
    const copy = await open({ dataDir: target, pgliteTemplate: template });
    expect(await copy.prisma.unit.findMany({ select: { code: true } })).toEqual([{ code: 'TPL' }]);
    expect(existsSync(`${target}.partial`)).toBe(false);
    // The copy is a database of its own: the template does not change.
    await copy.prisma.unit.create({ data: { code: 'NEW', name: '新单位', kind: 'DEPARTMENT' } });
    await opened.pop()!.close();
    const again = await open({ dataDir: template });
    expect(await again.prisma.unit.count()).toBe(1);
  });

  it('says why when the database cannot be opened', async () => {
    const dir = await dataDir();
    await writeFile(join(dir, '..', 'not-a-directory'), 'x');
    const worker = startPgliteWorker({ dataDir: join(dir, '..', 'not-a-directory') });
    await expect(createDatabase({ pgliteWorker: worker })).rejects.toThrow(
      /could not be opened in .*not-a-directory: ErrnoError/,
    );
    await worker.close();
  });
});
