import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase } from '../client';
import { pgliteTemplate } from '../testing/pglite-templates';
import type { Database } from '../client';
import { verifyPassword } from '../password';
import { freshTestDatabase } from '../testing/test-database';
import type { TestDatabaseTarget } from '../testing/test-database';
import { DEMO_PASSWORD } from './demo-data';
import { seedDemoData } from './seed-demo-data';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function isValidCreditCode(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  const sum = [...code.slice(0, 17)].reduce((acc, ch, i) => acc + CHARSET.indexOf(ch) * (WEIGHTS[i] ?? 0), 0);
  return CHARSET.charAt((31 - (sum % 31)) % 31) === code.charAt(17);
}

describe('seedDemoData', () => {
  let target: TestDatabaseTarget | undefined;
  let db: Database | undefined;
  afterEach(async () => {
    await db?.close();
    await target?.dispose();
    db = undefined;
    target = undefined;
  });

  it('creates the five demo accounts with working passwords, once', async () => {
    target = freshTestDatabase();
    db = await createDatabase({ ...target.options, migrate: true, pgliteTemplate: pgliteTemplate('migrated') });
    const { prisma } = db;

    expect(await seedDemoData(prisma, { today: '2026-11-25' })).toEqual({ seeded: true });
    expect(await seedDemoData(prisma, { today: '2026-11-25' })).toEqual({ seeded: false });

    const users = await prisma.user.findMany({ orderBy: { email: 'asc' } });
    expect(users.map((user) => [user.email, user.roles])).toEqual([
      ['admin@example.com', ['ADMIN']],
      ['analyst@example.com', ['ANALYST']],
      ['haidian@example.com', ['MEMBER']],
      ['holder@example.com', ['MEMBER']],
      ['member@example.com', ['MEMBER']],
      ['membership@example.com', ['UNIT_STAFF']],
      ['renewal@example.com', ['MEMBER']],
      ['reviewer@example.com', ['REVIEWER']],
      ['unit@example.com', ['UNIT_STAFF']],
    ]);
    for (const user of users) {
      expect(user.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD)).toBe(true);
      expect(await verifyPassword(user.passwordHash, 'wrong')).toBe(false);
    }
    expect(await prisma.unit.count()).toBe(6);
    // one round this year, open today (other seed modules add past rounds)
    expect(await prisma.round.count({ where: { year: 2026 } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { action: 'seed.demo' } })).toBe(1);
  });

  it('ties the member to an active membership developed by the unit user’s unit, with a round open today', async () => {
    target = freshTestDatabase();
    db = await createDatabase({ ...target.options, migrate: true, pgliteTemplate: pgliteTemplate('migrated') });
    const { prisma } = db;
    await seedDemoData(prisma, { today: '2026-01-05' });

    const member = await prisma.user.findUniqueOrThrow({
      where: { email: 'member@example.com' },
      include: { organisation: { include: { memberships: true, applications: true } } },
    });
    const unitUser = await prisma.user.findUniqueOrThrow({ where: { email: 'unit@example.com' } });
    const active = member.organisation?.memberships.filter((m) => m.status === 'ACTIVE') ?? [];
    expect(active).toHaveLength(1);
    expect(active[0]?.unitId).toBe(unitUser.unitId);
    // No application yet: the demo member can create the round's one application (Art. 10).
    expect(member.organisation?.applications).toEqual([]);
    expect(await prisma.application.count({ where: { status: 'DRAFT' } })).toBe(2);

    // Direct members (Art. 2) are recommended by the Membership Department; the Hangzhou
    // incubator is the base demo's direct member (other seed modules add more).
    const direct = await prisma.membership.findMany({
      where: { status: 'ACTIVE', unit: { kind: 'MEMBERSHIP_DEPARTMENT' } },
      include: { organisation: true },
    });
    expect(direct.map((m) => m.organisation.contactEmail)).toContain('office@hz-startup.example.cn');

    const round = await prisma.round.findFirstOrThrow();
    const today = new Date('2026-01-05T00:00:00Z');
    expect(round.year).toBe(2026);
    expect(round.opensOn <= today && today <= round.submissionDeadline).toBe(true);

    // The console has a complete submission to review (Art. 7: all eight materials) and a
    // membership request waiting for the Membership Department (Art. 2).
    const submitted = await prisma.application.findMany({
      where: { status: 'SUBMITTED', materials: { some: {} } },
      include: { materials: { include: { versions: true } }, organisation: { include: { users: true } } },
    });
    expect(submitted.length).toBeGreaterThan(0);
    for (const application of submitted) {
      expect(application.materials.map((m) => m.kind).sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      for (const material of application.materials) expect(material.versions[0]?.mimeType).toBe('application/pdf');
      expect(application.organisation.users.map((u) => u.email)).toContain('haidian@example.com');
    }
    const membershipStaff = await prisma.user.findUniqueOrThrow({
      where: { email: 'membership@example.com' },
      include: { unit: true },
    });
    expect(membershipStaff.unit?.kind).toBe('MEMBERSHIP_DEPARTMENT');
    expect(await prisma.membershipRequest.count({ where: { status: 'PENDING' } })).toBeGreaterThan(0);

    for (const organisation of await prisma.organisation.findMany()) {
      expect(isValidCreditCode(organisation.creditCode), organisation.creditCode).toBe(true);
    }
  });

  it('gives the accredited platforms a year of service records, one submitted report and one overdue (Art. 12)', async () => {
    target = freshTestDatabase();
    db = await createDatabase({ ...target.options, migrate: true, pgliteTemplate: pgliteTemplate('migrated') });
    const { prisma } = db;
    const today = '2026-12-08';
    await seedDemoData(prisma, { today });
    const day = new Date(`${today}T00:00:00Z`);
    const valid = await prisma.accreditation.findMany({
      where: { validFrom: { lte: day }, validUntil: { gte: day }, revocation: null },
      include: { serviceRecords: true, annualReports: true },
    });
    expect(valid.length).toBeGreaterThan(3);
    const yearAgo = new Date(`2025-12-08T00:00:00Z`);
    for (const title of valid) {
      const lastYear = title.serviceRecords.filter((r) => r.date > yearAgo && r.date <= day);
      // A year of records (fewer only for a title awarded within the year).
      if (title.validFrom <= yearAgo) expect(lastYear.length, title.certificateNumber).toBeGreaterThanOrEqual(6);
      expect(title.serviceRecords.every((r) => r.date >= title.validFrom && r.date <= day)).toBe(true);
    }
    const reports = valid.flatMap((t) => t.annualReports.map((r) => ({ ...r, records: t.serviceRecords })));
    expect(reports.filter((r) => r.status === 'SUBMITTED')).toHaveLength(1);
    const holder = await prisma.user.findUniqueOrThrow({ where: { email: 'holder@example.com' } });
    expect(reports.find((r) => r.status === 'SUBMITTED')).toMatchObject({ year: 2025 });
    expect(valid.find((t) => t.annualReports.some((r) => r.status === 'SUBMITTED'))?.organisationId).toBe(
      holder.organisationId,
    );
    // Every report's figures are its year's records.
    for (const r of reports) {
      const ofYear = r.records.filter((x) => x.year === r.year);
      expect(r.servicesRecorded).toBe(ofYear.length);
      expect(r.enterprisesServed).toBe(ofYear.reduce((s, x) => s + x.enterprisesServed, 0));
      expect(r.publicWelfareServices).toBe(ofYear.filter((x) => x.free).length);
    }
    // Exactly one report owed and past its due date is missing: a title held on 1 December of a
    // year whose report fell due on 31 March of the next.
    const missing = valid.flatMap((t) =>
      [2023, 2024, 2025]
        .filter(
          (y) => t.validFrom <= new Date(`${y}-12-01T00:00:00Z`) && t.validUntil >= new Date(`${y}-12-01T00:00:00Z`),
        )
        .filter((y) => !t.annualReports.some((r) => r.year === y)),
    );
    expect(missing).toHaveLength(1);
    const activities = await prisma.associationActivity.findMany({ include: { attendances: true } });
    expect(activities).toHaveLength(2);
    expect(activities.every((a) => a.attendances.length > 0)).toBe(true);
  });
});
