// The administrators' reminder of open revocations left too long (Art. 13; the limit is a
// setting), on PGlite or on PostgreSQL (DATABASE_URL): once a day per revocation at most,
// counted in working days on the statutory calendar, and never for a completed revocation.
import { addDays } from '@sme/domain';
import { createDatabase, type Database } from '@sme/db';
import { freshTestDatabase, type TestDatabaseTarget } from '@sme/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overdueOpenRevocations } from '../modules/revocation/overdue-revocations.js';
import { sendDueReminders } from './reminders.js';

let target: TestDatabaseTarget;
let db: Database;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
// Monday 2 November 2026, a working day; Asia/Shanghai noon.
const openedOn = '2026-11-02';
const openedAt = new Date(`${openedOn}T04:00:00Z`);

beforeAll(async () => {
  target = freshTestDatabase();
  db = await createDatabase({ ...target.options, migrate: true });
  await db.prisma.user.create({
    data: { email: 'desk@example.com', displayName: '秘书处', passwordHash: 'x', roles: ['ADMIN'] },
  });
  const org = await db.prisma.organisation.create({
    data: { name: '逾期撤销测试中心', creditCode: '91440300OVERDUE01X', provinceCode: '440000', cityCode: '440300' },
  });
  const title = (n: number) =>
    db.prisma.accreditation.create({
      data: {
        organisationId: org.id,
        certificateNumber: `OVERDUE-${n}`,
        functions: ['INFORMATION'],
        awardedOn: day('2025-01-10'),
        validFrom: day('2025-01-10'),
        validUntil: day('2028-01-09'),
        imported: true,
      },
    });
  const open = await title(1);
  const done = await title(2);
  await db.prisma.revocation.create({
    data: {
      accreditationId: open.id,
      reason: 'FAILED_SPOT_CHECK',
      status: 'OPEN',
      description: '抽查不合格',
      openedAt,
    },
  });
  await db.prisma.revocation.create({
    data: {
      accreditationId: done.id,
      reason: 'FAILED_SPOT_CHECK',
      status: 'COMPLETED',
      description: '抽查不合格',
      openedAt,
      effectiveOn: day('2026-11-20'),
    },
  });
}, 180_000);
afterAll(async () => {
  await db?.close();
  await target?.dispose();
});

const reminders = () =>
  db.prisma.notification.findMany({ where: { kind: 'reminder.openRevocationOverdue' }, orderBy: { createdAt: 'asc' } });

describe('open revocations left too long', () => {
  it('are overdue after more than the configured working days, not calendar days', async () => {
    // The 10th working day after Monday 2 November is Monday 16 November.
    expect(await overdueOpenRevocations(db.prisma, '2026-11-16', 10)).toEqual([]);
    const overdue = await overdueOpenRevocations(db.prisma, '2026-11-17', 10);
    expect(overdue).toEqual([
      expect.objectContaining({ certificateNumber: 'OVERDUE-1', openedOn, workingDaysOpen: 11 }),
    ]);
    // A shorter setting calls it overdue sooner.
    expect(await overdueOpenRevocations(db.prisma, '2026-11-05', 2)).toHaveLength(1);
  });

  it('remind the administrators once a day while the revocation stays open', async () => {
    expect(await sendDueReminders(db.prisma, '2026-11-16', { openRevocationWorkingDays: 10 })).toBe(0);
    expect(await sendDueReminders(db.prisma, '2026-11-17', { openRevocationWorkingDays: 10 })).toBe(1);
    expect(await sendDueReminders(db.prisma, '2026-11-17', { openRevocationWorkingDays: 10 })).toBe(0);
    const [first] = await reminders();
    expect(first?.title).toBe('撤销办理逾期：逾期撤销测试中心');
    expect(first?.body).toBe(
      '逾期撤销测试中心（证书编号OVERDUE-1）抽查不合格，撤销程序自2026年11月2日启动，已过11个工作日仍未完成（第十三条），请确定撤销生效日期并完成撤销。',
    );
    expect(first?.link).toBe('/admin/revocations');
    expect(await sendDueReminders(db.prisma, addDays('2026-11-17', 1), { openRevocationWorkingDays: 10 })).toBe(1);
    expect(await reminders()).toHaveLength(2);
  });

  it('stop once it is completed', async () => {
    await db.prisma.revocation.updateMany({
      where: { status: 'OPEN' },
      data: { status: 'COMPLETED', effectiveOn: day('2026-11-25') },
    });
    expect(await sendDueReminders(db.prisma, '2026-11-20', { openRevocationWorkingDays: 10 })).toBe(0);
    expect(await reminders()).toHaveLength(2);
  });
});
