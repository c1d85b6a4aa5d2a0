// Demo data for public notices, objections, the award and the register: a notice
// whose period has ended with entries ready to award, a notice running today for the public
// pages (with one objection waiting for a decision), two passed applications awaiting a notice, and three titles in the public register,
// one held by the demo account platform@example.com, who can download its certificate.
//
// The database package imports no rules, so the caller passes the few it needs (the notice
// period on the working-day calendar, certificate numbers, validity); without them this part
// of the demo is skipped.
import type { Prisma } from '../generated/prisma/client';
import { hashPassword } from '../password';
import { withCreditCodeCheck } from './credit-code';
import { DEMO_PASSWORD } from './demo-data';

type Tx = Prisma.TransactionClient;
type Fn = 'INFORMATION' | 'TECHNOLOGY' | 'STARTUP' | 'TRAINING' | 'FINANCING';

/** Rules of the domain package, passed in by the API (see apps/api/src/seed-rules.ts). */
export type NoticeSeedRules = {
  noticePeriod(publishedOn: string): { startsOn: string; endsOn: string };
  certificateNumber(parts: { year: number; round: number; serial: number }): string;
  validity(awardedOn: string): { validFrom: string; validUntil: string };
};

export type NoticeSeedContext = {
  today: string;
  /** The round open today; the demo's past round is the one before it. */
  openRound: { year: number; sequence: number };
  unitId: (code: string) => string;
  adminId: string;
  rules: NoticeSeedRules;
};

type Org = {
  key: string;
  name: string;
  creditCode: string;
  provinceCode: string;
  cityCode: string;
  unitCode: string;
  functions: Fn[];
};

const organisations: Org[] = [
  // Titles in the public register.
  {
    key: 'guangzhou',
    name: '广州市中小企业公共服务中心',
    creditCode: withCreditCodeCheck('12440100MB2C33441'),
    provinceCode: '440000',
    cityCode: '440100',
    unitCode: 'INF',
    functions: ['INFORMATION', 'TRAINING'],
  },
  {
    key: 'chengdu',
    name: '成都天府创业服务有限公司',
    creditCode: withCreditCodeCheck('91510100MA6CXY552'),
    provinceCode: '510000',
    cityCode: '510100',
    unitCode: 'MEM',
    functions: ['STARTUP'],
  },
  {
    key: 'ningbo',
    name: '宁波甬信融资服务有限公司',
    creditCode: withCreditCodeCheck('91330200MA2H6Q663'),
    provinceCode: '330000',
    cityCode: '330200',
    unitCode: 'BR-FIN',
    functions: ['FINANCING', 'INFORMATION'],
  },
  // A notice whose period has ended: ready to award.
  {
    key: 'hefei',
    name: '合肥科技成果转化服务中心',
    creditCode: withCreditCodeCheck('12340100MB1D44774'),
    provinceCode: '340000',
    cityCode: '340100',
    unitCode: 'GAD',
    functions: ['TECHNOLOGY', 'INFORMATION'],
  },
  {
    key: 'xiamen',
    name: '厦门中小企业培训学院',
    creditCode: withCreditCodeCheck('52350200MJ2233885'),
    provinceCode: '350000',
    cityCode: '350200',
    unitCode: 'BR-SVC',
    functions: ['TRAINING'],
  },
  // A notice running today.
  {
    key: 'qingdao',
    name: '青岛海洋产业信息服务有限公司',
    creditCode: withCreditCodeCheck('91370200MA3C77996'),
    provinceCode: '370000',
    cityCode: '370200',
    unitCode: 'INF',
    functions: ['INFORMATION'],
  },
  {
    key: 'changsha',
    name: '长沙湘江创业孵化服务中心',
    creditCode: withCreditCodeCheck('12430100MB1E55007'),
    provinceCode: '430000',
    cityCode: '430100',
    unitCode: 'MEM',
    functions: ['STARTUP', 'TRAINING'],
  },
  // Review passed, not yet in a notice: the console's "publish a notice" has something to publish.
  {
    key: 'suzhou',
    name: '苏州工业园区企业服务中心',
    creditCode: withCreditCodeCheck('12320500MB1F66118'),
    provinceCode: '320000',
    cityCode: '320500',
    unitCode: 'INF',
    functions: ['INFORMATION', 'TECHNOLOGY'],
  },
  {
    key: 'kunming',
    name: '昆明滇池融资服务有限公司',
    creditCode: withCreditCodeCheck('91530100MA6K77229'),
    provinceCode: '530000',
    cityCode: '530100',
    unitCode: 'BR-FIN',
    functions: ['FINANCING'],
  },
];

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const addDays = (iso: string, days: number) =>
  new Date(day(iso).getTime() + days * 86_400_000).toISOString().slice(0, 10);

export async function seedNoticeDemo(tx: Tx, ctx: NoticeSeedContext): Promise<void> {
  const { rules, today } = ctx;
  const past =
    ctx.openRound.sequence === 2
      ? { year: ctx.openRound.year, sequence: 1 }
      : { year: ctx.openRound.year - 1, sequence: 2 };
  const round = await tx.round.upsert({
    where: { year_sequence: past },
    update: {},
    create: {
      ...past,
      name: `${past.year}年第${past.sequence === 1 ? '一' : '二'}批中小企业公共服务示范平台认定`,
      opensOn: day(`${past.year}-${past.sequence === 1 ? '03' : '08'}-01`),
      submissionDeadline: day(`${past.year}-${past.sequence === 1 ? '04' : '09'}-15`),
      reviewEndsOn: day(`${past.year}-${past.sequence === 1 ? '06' : '11'}-15`),
    },
  });

  const apps = new Map<string, { applicationId: string; organisationId: string }>();
  for (const org of organisations) {
    const created = await tx.organisation.create({
      data: {
        name: org.name,
        creditCode: org.creditCode,
        kind: 'SME_SERVICE_INSTITUTION',
        foundedOn: day('2013-05-20'),
        provinceCode: org.provinceCode,
        cityCode: org.cityCode,
        memberships: { create: { unitId: ctx.unitId(org.unitCode), since: day('2018-03-01'), status: 'ACTIVE' } },
      },
    });
    const application = await tx.application.create({
      data: {
        roundId: round.id,
        organisationId: created.id,
        status: 'REVIEW_PASSED',
        submittedAt: day(addDays(today, -120)),
        decidedAt: day(addDays(today, -40)),
        eligibilitySnapshot: { eligible: true, qualifiedFunctions: org.functions, checks: [] },
        functions: { create: org.functions.map((f) => ({ function: f })) },
      },
    });
    apps.set(org.key, { applicationId: application.id, organisationId: created.id });
  }
  const app = (key: string) => apps.get(key) ?? { applicationId: '', organisationId: '' };

  // Titles awarded from an earlier notice of the same round.
  const awardedOn = addDays(today, -90);
  const earlier = await notice(
    tx,
    ctx,
    round.id,
    `${round.name}结果公示（第一次）`,
    addDays(today, -110),
    ['guangzhou', 'chengdu', 'ningbo'].map(app),
    'CLOSED',
  );
  for (const key of ['guangzhou', 'chengdu', 'ningbo']) {
    const { applicationId, organisationId } = app(key);
    const counter = await tx.counter.upsert({
      where: { name: `certificate:${round.year}-${round.sequence}` },
      create: { name: `certificate:${round.year}-${round.sequence}`, value: 1 },
      update: { value: { increment: 1 } },
    });
    const validity = rules.validity(awardedOn);
    const org = organisations.find((o) => o.key === key);
    await tx.application.update({
      where: { id: applicationId },
      data: { status: 'ACCREDITED', version: { increment: 2 } },
    });
    await tx.accreditation.create({
      data: {
        organisationId,
        applicationId,
        certificateNumber: rules.certificateNumber({ year: round.year, round: round.sequence, serial: counter.value }),
        functions: org?.functions ?? [],
        awardedOn: day(awardedOn),
        validFrom: day(validity.validFrom),
        validUntil: day(validity.validUntil),
      },
    });
  }
  await tx.publicNoticeEntry.updateMany({ where: { noticeId: earlier }, data: { outcome: 'CLEARED' } });

  // Over: ready for the administrator's award (one objection was dismissed).
  const ended = await notice(
    tx,
    ctx,
    round.id,
    `${round.name}结果公示（第二次）`,
    addDays(today, -21),
    ['hefei', 'xiamen'].map(app),
    'PUBLISHED',
  );
  const xiamenEntry = await tx.publicNoticeEntry.findFirstOrThrow({
    where: { noticeId: ended, applicationId: app('xiamen').applicationId },
  });
  await tx.objection.create({
    data: {
      entryId: xiamenEntry.id,
      receiptNumber: `YY-${addDays(today, -19).replaceAll('-', '')}-DEMO0001`,
      lodgedByName: '周明',
      contact: '13912345678',
      grounds: '该机构培训学员人次统计口径存疑，请协会核实。',
      lodgedAt: day(addDays(today, -19)),
      status: 'DISMISSED',
      decidedById: ctx.adminId,
      decisionNote: '经核实，培训人次有签到记录和结业证书佐证，异议不成立。',
      decidedAt: day(addDays(today, -17)),
    },
  });

  // Running today: the public page shows it with its objection form; one objection waits.
  const running = await notice(
    tx,
    ctx,
    round.id,
    `${round.name}结果公示（第三次）`,
    today,
    ['qingdao', 'changsha'].map(app),
    'PUBLISHED',
  );
  const changshaEntry = await tx.publicNoticeEntry.findFirstOrThrow({
    where: { noticeId: running, applicationId: app('changsha').applicationId },
  });
  await tx.objection.create({
    data: {
      entryId: changshaEntry.id,
      receiptNumber: `YY-${today.replaceAll('-', '')}-DEMO0002`,
      lodgedByName: '刘芳',
      contact: 'liufang@example.cn',
      grounds: '该中心孵化场地面积与申报材料所述不符，请核实其固定场所情况。',
      status: 'PENDING',
    },
  });

  // A member of the organisation holding the first title: downloads its certificate.
  await tx.user.create({
    data: {
      email: 'platform@example.com',
      displayName: '广州市中小企业公共服务中心 黄磊',
      passwordHash: await hashPassword(DEMO_PASSWORD),
      roles: ['MEMBER'],
      organisationId: app('guangzhou').organisationId,
    },
  });
}

async function notice(
  tx: Tx,
  ctx: NoticeSeedContext,
  roundId: string,
  title: string,
  publishedOn: string,
  entries: { applicationId: string }[],
  status: 'PUBLISHED' | 'CLOSED',
): Promise<string> {
  const period = ctx.rules.noticePeriod(publishedOn);
  const created = await tx.publicNotice.create({
    data: {
      roundId,
      title,
      publishedOn: day(publishedOn),
      startsOn: day(period.startsOn),
      endsOn: day(period.endsOn),
      status,
      createdById: ctx.adminId,
      closedAt: status === 'CLOSED' ? day(addDays(period.endsOn, 3)) : null,
      entries: { create: entries.map((e) => ({ applicationId: e.applicationId })) },
    },
  });
  await tx.application.updateMany({
    where: { id: { in: entries.map((e) => e.applicationId) } },
    data: { status: 'IN_PUBLIC_NOTICE', version: { increment: 1 } },
  });
  return created.id;
}
