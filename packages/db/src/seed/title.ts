import type { Prisma } from '../generated/prisma/client';
import { hashPassword } from '../password';
import { withCreditCodeCheck } from './credit-code';
import { ALL_ATTESTATIONS_MET } from './demo-data';

type Tx = Prisma.TransactionClient;

export type TitleSeedContext = {
  /** Today's date, YYYY-MM-DD (Asia/Shanghai). */
  today: string;
  organisationId(key: string): string;
  adminUserId: string;
  /** Art. 9's certificate number (the domain's rule, passed in by the API); without it a plain demo number. */
  certificateNumber?: (parts: { year: number; round: number; serial: number }) => string;
};

/** The member account whose organisation holds the title expiring this year (renewal demo). */
export const DEMO_HOLDER_EMAIL = 'holder@example.com';
/**
 * The member account of the renewal walk: its organisation holds a title expiring this year that
 * it won with an application in this system (the renewal is prefilled from it), and an earlier
 * title that was revoked (which cannot be renewed, Art. 11).
 */
export const DEMO_RENEWAL_EMAIL = 'renewal@example.com';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
/** Art. 11: from the award date to the day before the third anniversary (awards here avoid 29 February). */
const until = (awardedOn: string) => {
  const d = day(awardedOn);
  d.setUTCFullYear(d.getUTCFullYear() + 3);
  return new Date(d.getTime() - 86_400_000);
};

/**
 * After the award: titles held before this system (imported), one expiring this
 * year held by the organisation of holder@example.com (so the portal shows the renewal), one
 * expired, one revoked and published, and a spot-check campaign with an evidence request
 * waiting for that holder's answer. The demo member (member@example.com) holds no title, so it
 * can still file a new application.
 */
export async function seedTitles(tx: Tx, ctx: TitleSeedContext, passwordHash?: string): Promise<void> {
  const year = Number(ctx.today.slice(0, 4));
  const holderHash = passwordHash ?? (await hashPassword('demo1234'));
  await tx.user.create({
    data: {
      email: DEMO_HOLDER_EMAIL,
      displayName: '赵婷',
      passwordHash: holderHash,
      roles: ['MEMBER'],
      organisationId: ctx.organisationId('hangzhou'),
    },
  });

  const extra = [
    {
      name: '广州中小企业信息服务中心',
      creditCode: withCreditCodeCheck('12440100MB2C00011'),
      functions: ['INFORMATION'] as const,
      awardedOn: `${year - 1}-06-18`,
    },
    {
      name: '成都天府技术转移服务有限公司',
      creditCode: withCreditCodeCheck('91510100MA6C00022'),
      functions: ['TECHNOLOGY'] as const,
      awardedOn: `${year - 2}-11-10`,
    },
    {
      name: '武汉光谷企业培训学院',
      creditCode: withCreditCodeCheck('52420100MJ3E00033'),
      functions: ['TRAINING'] as const,
      awardedOn: `${year - 1}-03-02`,
    },
    {
      name: '西安秦创融资服务有限公司',
      creditCode: withCreditCodeCheck('91610100MA6T00044'),
      functions: ['FINANCING'] as const,
      awardedOn: `${year - 2}-05-20`,
    },
    {
      name: '南京创业辅导中心',
      creditCode: withCreditCodeCheck('12320100MB1D00055'),
      functions: ['STARTUP'] as const,
      awardedOn: `${year - 5}-04-12`,
    },
    {
      name: '天津滨海企业服务有限公司',
      creditCode: withCreditCodeCheck('91120116MA0500066'),
      functions: ['INFORMATION', 'TECHNOLOGY'] as const,
      awardedOn: `${year - 1}-09-09`,
    },
  ];
  const ids: string[] = [];
  let serial = 0;
  const title = async (
    organisationId: string,
    functions: readonly ('INFORMATION' | 'TECHNOLOGY' | 'STARTUP' | 'TRAINING' | 'FINANCING')[],
    awardedOn: string,
  ) => {
    serial++;
    const created = await tx.accreditation.create({
      data: {
        organisationId,
        imported: true,
        certificateNumber: `LEGACY-${awardedOn.slice(0, 4)}-${String(serial).padStart(4, '0')}`,
        functions: [...functions],
        awardedOn: day(awardedOn),
        validFrom: day(awardedOn),
        validUntil: until(awardedOn),
      },
    });
    ids.push(created.id);
    return created.id;
  };

  // Expires on 30 December this year: EXPIRING_THIS_YEAR, renewable in this year's rounds (Art. 11).
  const expiring = await title(ctx.organisationId('hangzhou'), ['STARTUP', 'TRAINING'], `${year - 3}-12-31`);
  await title(ctx.organisationId('shenzhen'), ['FINANCING'], `${year - 1}-04-15`);
  await title(ctx.organisationId('shanghai'), ['TECHNOLOGY'], `${year - 2}-07-01`);
  const others: string[] = [];
  for (const e of extra) {
    const org = await tx.organisation.create({ data: { name: e.name, creditCode: e.creditCode } });
    others.push(await title(org.id, e.functions, e.awardedOn));
  }
  // Revoked (Art. 11), published on the register's revoked list.
  const revoked = others[3] as string;
  await tx.revocation.create({
    data: {
      accreditationId: revoked,
      reason: 'VIOLATION_VERIFIED',
      status: 'COMPLETED',
      description: '以虚假融资撮合数据申报年度服务情况。',
      evidence: '地方中小企业主管部门核查通报（演示数据）。',
      effectiveOn: day(`${year}-03-01`),
      decidedById: ctx.adminUserId,
      decidedAt: day(`${year}-03-01`),
      publishedAt: day(`${year}-03-01`),
    },
  });

  // A campaign that drew the whole (small) population of the day: re-drawing with the seed gives the same set.
  const sample = [expiring, others[0] as string];
  const campaign = await tx.spotCheckCampaign.create({
    data: {
      name: `${year}年度示范平台抽查（演示）`,
      year,
      seed: 'demo-seed',
      sampleSize: sample.length,
      populationSize: sample.length,
      population: [...sample].sort(),
      drawnById: ctx.adminUserId,
      note: 'demo',
    },
  });
  const dueOn = new Date(day(ctx.today).getTime() + 14 * 86_400_000);
  await tx.spotCheck.create({
    data: {
      campaignId: campaign.id,
      accreditationId: expiring,
      position: 0,
      status: 'EVIDENCE_REQUESTED',
      evidenceRequest: '请提交近一年的服务台账、创业辅导活动记录和用户满意度调查结果。',
      // an instant, not a date: the start of the Beijing day, so an answer given today never reads
      // as earlier than the request (midnight UTC would be 08:00 in Beijing)
      evidenceRequestedAt: new Date(`${ctx.today}T00:00:00+08:00`),
      dueOn,
    },
  });
  await tx.spotCheck.create({ data: { campaignId: campaign.id, accreditationId: others[0] as string, position: 1 } });

  await seedRenewalDemo(tx, ctx, holderHash, year);
}

// The facts of the application that won the renewal demo's title (they meet Arts. 5 and 6), as declared then.
const RENEWAL_FACTS = {
  foundedOn: day('2013-04-16'),
  organisationKind: 'SME_SERVICE_INSTITUTION' as const,
  totalAssetsYuan: '7300000.00',
  satisfactionPercent: '93.00',
  freeOrLowFeeSharePercent: '31.00',
  smesServedLastYear: 486,
  smesServedYearBefore: 412,
  aggregatedInstitutions: 16,
  serviceStaff: 38,
  qualifiedStaff: 33,
  ...ALL_ATTESTATIONS_MET,
};

/**
 * The renewal walk (Art. 11): 宁波甬江中小企业服务中心, a direct member, lost an imported title
 * to a verified violation, applied afresh in a later round and won the title that now expires
 * this year. renewal@example.com sees one title to renew (prefilled from that application) and
 * one that cannot be, with the article.
 */
async function seedRenewalDemo(tx: Tx, ctx: TitleSeedContext, passwordHash: string, year: number): Promise<void> {
  const membershipDepartment = await tx.unit.findUnique({ where: { code: 'MEM' }, select: { id: true } });
  const org = await tx.organisation.create({
    data: {
      name: '宁波甬江中小企业服务中心',
      creditCode: withCreditCodeCheck('12330200MB1N20088'),
      kind: 'SME_SERVICE_INSTITUTION',
      foundedOn: RENEWAL_FACTS.foundedOn,
      address: '宁波市鄞州区天童南路 588 号',
      provinceCode: '330000',
      cityCode: '330200',
      contactName: '钱伟',
      contactPhone: '0574-87000008',
      contactEmail: 'office@nb-sme.example.cn',
      memberships: membershipDepartment
        ? { create: { unitId: membershipDepartment.id, since: day('2017-06-01'), status: 'ACTIVE' } }
        : undefined,
    },
  });
  await tx.user.create({
    data: { email: DEMO_RENEWAL_EMAIL, displayName: '钱伟', passwordHash, roles: ['MEMBER'], organisationId: org.id },
  });

  // The earlier title, imported, revoked for a verified violation (Art. 11).
  const oldAward = `${year - 6}-07-08`;
  const old = await tx.accreditation.create({
    data: {
      organisationId: org.id,
      imported: true,
      certificateNumber: `LEGACY-${year - 6}-0901`,
      functions: ['INFORMATION'],
      awardedOn: day(oldAward),
      validFrom: day(oldAward),
      validUntil: until(oldAward),
    },
  });
  await tx.revocation.create({
    data: {
      accreditationId: old.id,
      reason: 'VIOLATION_VERIFIED',
      status: 'COMPLETED',
      description: '年度服务报告中虚报服务企业数量。',
      evidence: '宁波市中小企业主管部门核查通报（演示数据）。',
      effectiveOn: day(`${year - 4}-05-10`),
      decidedById: ctx.adminUserId,
      decidedAt: day(`${year - 4}-05-10`),
      publishedAt: day(`${year - 4}-05-10`),
    },
  });

  // Applied afresh in the second round three years ago and won the title that expires on 30 December this year.
  const past = { year: year - 3, sequence: 2 };
  const round = await tx.round.upsert({
    where: { year_sequence: past },
    update: {},
    create: {
      ...past,
      name: `${past.year}年第二批中小企业公共服务示范平台认定`,
      opensOn: day(`${past.year}-08-01`),
      submissionDeadline: day(`${past.year}-09-15`),
      reviewEndsOn: day(`${past.year}-11-15`),
    },
  });
  const submittedAt = day(`${past.year}-09-05`);
  const application = await tx.application.create({
    data: {
      roundId: round.id,
      organisationId: org.id,
      status: 'ACCREDITED',
      version: 9,
      submittedAt,
      factsSavedAt: submittedAt,
      declarationAcceptedAt: submittedAt,
      decidedAt: day(`${past.year}-11-10`),
      ...RENEWAL_FACTS,
      functions: {
        create: [
          { function: 'INFORMATION', onlineServiceSystem: true, offlineEnterprisesServed: 240, activitiesPerYear: 13 },
          {
            function: 'TRAINING',
            trainingQualification: true,
            onlineAndOfflineTraining: true,
            trainingEvaluation: true,
            traineesPerYear: 3200,
          },
        ],
      },
    },
  });
  const awardedOn = `${past.year}-12-31`;
  const certificateNumber = ctx.certificateNumber
    ? ctx.certificateNumber({ year: past.year, round: 2, serial: 1 })
    : `DEMO-${past.year}-2-0001`;
  await tx.counter.upsert({
    where: { name: `certificate:${past.year}-2` },
    create: { name: `certificate:${past.year}-2`, value: 1 },
    update: {},
  });
  await tx.accreditation.create({
    data: {
      organisationId: org.id,
      applicationId: application.id,
      certificateNumber,
      functions: ['INFORMATION', 'TRAINING'],
      awardedOn: day(awardedOn),
      validFrom: day(awardedOn),
      validUntil: until(awardedOn),
    },
  });
  await tx.timelineEntry.createMany({
    data: [
      {
        subjectType: 'Application',
        subjectId: application.id,
        applicationId: application.id,
        at: submittedAt,
        action: 'submit',
        fromStatus: 'DRAFT',
        status: 'SUBMITTED',
      },
      {
        subjectType: 'Application',
        subjectId: application.id,
        applicationId: application.id,
        at: day(awardedOn),
        action: 'award',
        fromStatus: 'IN_PUBLIC_NOTICE',
        status: 'ACCREDITED',
        note: certificateNumber,
      },
    ],
  });
}
