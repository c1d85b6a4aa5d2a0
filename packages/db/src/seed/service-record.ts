import type { Prisma } from '../generated/prisma/client';

type Tx = Prisma.TransactionClient;

export type ServiceRecordSeedContext = {
  /** Today's date, YYYY-MM-DD (Asia/Shanghai). */
  today: string;
  adminUserId: string;
  /** The organisation whose title carries the submitted report (holder@example.com's). */
  submittedReportOrganisationId: string;
};

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);
const pad = (n: number) => String(n).padStart(2, '0');
/** The software's default schedule: a year's report opens on 1 December and is due on 31 March of the next. */
const OPENS_ON = '12-01';
const DUE_ON = '03-31';

const SERVICES = [
  { kind: 'PUBLIC_WELFARE_SERVICE', free: true, title: '中小企业政策宣讲会' },
  { kind: 'LOW_FEE_SERVICE', free: false, title: '企业管理咨询诊断' },
  { kind: 'OTHER_SERVICE', free: false, title: '专题培训' },
  { kind: 'PUBLIC_WELFARE_SERVICE', free: true, title: '融资对接公益服务日' },
  { kind: 'LOW_FEE_SERVICE', free: false, title: '知识产权代理服务' },
  { kind: 'OTHER_SERVICE', free: true, title: '线上公益讲座' },
  { kind: 'OTHER_SERVICE', free: false, title: '技术需求对接' },
  { kind: 'LOW_FEE_SERVICE', free: false, title: '创业项目辅导' },
] as const;
const MONTHS = [1, 2, 4, 5, 7, 8, 10, 11];

/**
 * Art. 12 demo: every title valid and unrevoked today carries its service records from its
 * award (about eight a year) and the annual reports it owes, accepted — except the title of
 * holder@example.com's organisation, whose last year's report is SUBMITTED (awaiting review), and
 * one title whose report on the year before last is missing (overdue). Two association
 * activities with attendance (counted in the reports). The figures of every report are those of its records.
 */
export async function seedServiceRecordDemo(tx: Tx, ctx: ServiceRecordSeedContext): Promise<void> {
  const year = Number(ctx.today.slice(0, 4));
  const titles = await tx.accreditation.findMany({
    where: { validFrom: { lte: day(ctx.today) }, validUntil: { gte: day(ctx.today) }, revocation: null },
    select: {
      id: true,
      organisationId: true,
      validFrom: true,
      validUntil: true,
      organisation: { select: { users: { select: { id: true }, take: 1 } } },
    },
    orderBy: { certificateNumber: 'asc' },
  });
  // The overdue one: the first title (other than the submitted one) owing a report whose due date has passed.
  const owed = (t: { validFrom: Date; validUntil: Date }) => {
    const years: number[] = [];
    for (let y = t.validFrom.getUTCFullYear(); y <= t.validUntil.getUTCFullYear(); y++) {
      const opens = `${y}-${OPENS_ON}`;
      if (opens > ctx.today) break;
      if (iso(t.validFrom) <= opens && opens <= iso(t.validUntil)) years.push(y);
    }
    return years;
  };
  const overdue = titles
    .filter((t) => t.organisationId !== ctx.submittedReportOrganisationId)
    .flatMap((t) => owed(t).map((y) => ({ id: t.id, year: y })))
    .find((o) => `${o.year + 1}-${DUE_ON}` < ctx.today);

  const attended: { accreditationId: string; year: number }[] = [];
  // Two association activities of this year (or last, before they were held), attended by some platforms.
  const activities = [
    { title: '中小企业公共服务示范平台经验交流会', month: '05-20', place: '北京' },
    { title: '中小企业数字化转型服务对接活动', month: '09-16', place: '杭州' },
  ];
  for (const [i, a] of activities.entries()) {
    const heldOn = `${year}-${a.month}` <= ctx.today ? `${year}-${a.month}` : `${year - 1}-${a.month}`;
    const created = await tx.associationActivity.create({
      data: { title: a.title, heldOn: day(heldOn), place: a.place, createdById: ctx.adminUserId },
    });
    const attendees = titles.filter(
      (t, index) => (index + i) % 2 === 0 && iso(t.validFrom) <= heldOn && heldOn <= iso(t.validUntil),
    );
    if (attendees.length > 0)
      await tx.activityAttendance.createMany({
        data: attendees.map((t) => ({ activityId: created.id, accreditationId: t.id })),
      });
    for (const t of attendees) attended.push({ accreditationId: t.id, year: Number(heldOn.slice(0, 4)) });
  }

  for (const [index, t] of titles.entries()) {
    const recordedById = t.organisation.users[0]?.id ?? ctx.adminUserId;
    const from = iso(t.validFrom);
    const records: { date: string; year: number; enterprisesServed: number; free: boolean }[] = [];
    for (let y = t.validFrom.getUTCFullYear(); y <= year; y++) {
      for (const [i, month] of MONTHS.entries()) {
        const date = `${y}-${pad(month)}-${pad(10 + ((index * 3 + i) % 15))}`;
        if (date < from || date > ctx.today || date > iso(t.validUntil)) continue;
        const service = SERVICES[(index + i) % SERVICES.length] ?? SERVICES[0];
        // Grows a little each year, so the ranking's growth component has something to read.
        const enterprisesServed = 12 + ((index * 7 + month * 3) % 25) + (y - t.validFrom.getUTCFullYear()) * 6;
        await tx.serviceRecord.create({
          data: {
            accreditationId: t.id,
            date: day(date),
            year: y,
            kind: service.kind,
            title: `${y}年${service.title}`,
            enterprisesServed,
            free: service.free,
            recordedById,
          },
        });
        records.push({ date, year: y, enterprisesServed, free: service.free });
      }
    }
    for (const y of owed(t)) {
      const mine = ctx.submittedReportOrganisationId === t.organisationId;
      // This year's report is open but not yet due: left for the platform to submit.
      if (y === year) continue;
      if (overdue && overdue.id === t.id && overdue.year === y) continue;
      const status = mine && y === year - 1 ? 'SUBMITTED' : 'ACCEPTED';
      const ofYear = records.filter((r) => r.year === y);
      const publicWelfareServices = ofYear.filter((r) => r.free).length;
      await tx.annualReport.create({
        data: {
          accreditationId: t.id,
          year: y,
          status,
          summary: `${y}年度，平台围绕中小企业需求开展服务${ofYear.length}项，其中公益性服务${publicWelfareServices}项。`,
          servicesRecorded: ofYear.length,
          enterprisesServed: ofYear.reduce((s, r) => s + r.enterprisesServed, 0),
          publicWelfareServices,
          publicWelfareShare: ofYear.length === 0 ? 0 : publicWelfareServices / ofYear.length,
          activitiesAttended: attended.filter((a) => a.accreditationId === t.id && a.year === y).length,
          dueOn: day(`${y + 1}-${DUE_ON}`),
          submittedAt: day(`${y + 1}-03-01`),
          submittedById: recordedById,
          ...(status === 'ACCEPTED'
            ? { reviewedAt: day(`${y + 1}-03-20`), reviewedById: ctx.adminUserId, reviewNote: '材料齐全，予以接收。' }
            : {}),
        },
      });
    }
  }
}
