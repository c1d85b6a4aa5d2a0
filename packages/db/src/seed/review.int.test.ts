import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '../client';
import { pgliteTemplate } from '../testing/pglite-templates';
import { freshTestDatabase, type TestDatabaseTarget } from '../testing/test-database';
import { seedDemoData } from './seed-demo-data';

// Each staff role finds work on first start.
describe('review demo data', () => {
  let target: TestDatabaseTarget;
  let db: Database;
  beforeAll(async () => {
    target = freshTestDatabase();
    db = await createDatabase({ ...target.options, migrate: true, pgliteTemplate: pgliteTemplate('migrated') });
    await seedDemoData(db.prisma, { today: '2026-11-25' });
  });
  afterAll(async () => {
    await db?.close();
    await target?.dispose();
  });

  it('gives unit@example.com a submitted application of one of its own members to recommend', async () => {
    const unitUser = await db.prisma.user.findUniqueOrThrow({ where: { email: 'unit@example.com' } });
    const queue = await db.prisma.application.findMany({
      where: {
        status: 'SUBMITTED',
        organisation: { memberships: { some: { status: 'ACTIVE', unitId: unitUser.unitId ?? '' } } },
      },
    });
    expect(queue.length).toBeGreaterThan(0);
  });

  it('gives the administrator a recommended application to assign and a reviewed one to decide', async () => {
    expect(
      await db.prisma.application.count({ where: { status: 'RECOMMENDED', reviewerAssignments: { none: {} } } }),
    ).toBeGreaterThan(0);
    const reviewed = await db.prisma.application.findMany({
      where: { status: 'UNDER_REVIEW', reviewerAssignments: { some: {}, every: { completedAt: { not: null } } } },
    });
    expect(reviewed.length).toBeGreaterThan(0);
  });

  it('gives reviewer@example.com an expert profile and an assignment still to score', async () => {
    const reviewer = await db.prisma.user.findUniqueOrThrow({
      where: { email: 'reviewer@example.com' },
      include: { expertProfile: true },
    });
    expect(reviewer.expertProfile?.functions.length).toBeGreaterThan(0);
    const open = await db.prisma.reviewerAssignment.count({
      where: { reviewerId: reviewer.id, completedAt: null, recusedAt: null, application: { status: 'UNDER_REVIEW' } },
    });
    expect(open).toBeGreaterThan(0);
  });
});
