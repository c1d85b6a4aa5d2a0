// The embedded database's data version (data-version.ts): what changes it and when. The API
// trusts a total cached under an unchanged version, so a change it missed would show a stale
// count; a change it reported too early would let a count from before the change be kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from './client';
import { mayHaveChanged } from './data-version';
import { pgliteTemplate } from './testing/pglite-templates';
import { testDatabaseUrl } from './testing/test-database';

describe('mayHaveChanged', () => {
  it('reads change nothing; row changes only when they touched a row; anything else may', () => {
    expect(mayHaveChanged('SELECT count(*) FROM "Application"', undefined)).toBe(false);
    expect(mayHaveChanged('\n  select 1', undefined)).toBe(false);
    expect(mayHaveChanged('UPDATE "EmailOutbox" SET "attempts" = 1 WHERE false RETURNING "id"', 0)).toBe(false);
    expect(mayHaveChanged('UPDATE "EmailOutbox" SET "attempts" = 1', 3)).toBe(true);
    expect(mayHaveChanged('DELETE FROM "Session" WHERE "id" = $1', undefined)).toBe(true);
    expect(mayHaveChanged('WITH gone AS (DELETE FROM "Session" RETURNING 1) SELECT count(*) FROM gone', 0)).toBe(true);
    expect(mayHaveChanged('TRUNCATE "Session"', 0)).toBe(true);
    expect(mayHaveChanged('VACUUM (ANALYZE) "Application"', 0)).toBe(true);
  });
});

describe.skipIf(testDatabaseUrl())('the embedded database’s data version', () => {
  let db: Database;
  let version: () => number;
  beforeAll(async () => {
    db = await createDatabase({ migrate: true, pgliteTemplate: pgliteTemplate('migrated') });
    version = db.dataVersion!;
  });
  afterAll(() => db.close());

  const unit = (code: string) => ({ code, name: `部门${code}`, kind: 'DEPARTMENT' as const });

  it('stays while the data is only read, and moves on once a write is done', async () => {
    const before = version();
    await db.prisma.unit.count();
    await db.prisma.unit.findMany({ where: { code: 'NONE' } });
    expect(version()).toBe(before);

    const writing = db.prisma.unit.create({ data: unit('V1') });
    await writing;
    expect(version()).toBeGreaterThan(before);
  });

  it('stays for an update or delete that matched no row (the job runner’s idle outbox claim)', async () => {
    const before = version();
    await db.prisma.unit.updateMany({ where: { code: 'NONE' }, data: { name: 'x' } });
    await db.prisma.unit.deleteMany({ where: { code: 'NONE' } });
    await db.prisma
      .$queryRaw`UPDATE "EmailOutbox" SET "attempts" = "attempts" + 1 WHERE "sentAt" IS NULL AND false RETURNING "id"`;
    expect(version()).toBe(before);

    await db.prisma.unit.updateMany({ where: { code: 'V1' }, data: { name: '改名' } });
    expect(version()).toBeGreaterThan(before);
  });

  it('moves on for a raw write without RETURNING, and for DDL', async () => {
    let before = version();
    // Sent as a query, its answer has no rows whatever it changed.
    await db.prisma.$queryRawUnsafe(`UPDATE "Unit" SET "name" = '再改' WHERE "code" = 'V1'`);
    expect(version()).toBeGreaterThan(before);
    before = version();
    await db.prisma.$executeRawUnsafe('VACUUM (ANALYZE) "Unit"');
    expect(version()).toBeGreaterThan(before);
  });

  it('moves on only when a transaction that wrote has committed, not at its write', async () => {
    const before = version();
    await db.prisma.$transaction(async (tx) => {
      await tx.unit.create({ data: unit('V2') });
      await tx.unit.count();
      // Nobody else can see the row yet: a count taken now under the old version is right.
      expect(version()).toBe(before);
    });
    expect(version()).toBeGreaterThan(before);
  });

  it('stays for a transaction that only read, and moves on for one that wrote and was rolled back', async () => {
    let before = version();
    await db.prisma.$transaction(async (tx) => tx.unit.findMany());
    expect(version()).toBe(before);

    before = version();
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.unit.create({ data: unit('V3') });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await db.prisma.unit.count({ where: { code: 'V3' } })).toBe(0);
    expect(version()).toBeGreaterThan(before);
  });
});
