// Demo data for the association's review: on first start every staff role has
// something to do — unit@example.com a submitted application to recommend, the administrator a
// recommended one to assign and a reviewed one to decide, reviewer@example.com one to score.
import type { Prisma } from '../generated/prisma/client';
import { withCreditCodeCheck } from './credit-code';
import { ALL_ATTESTATIONS_MET } from './demo-data';

type Tx = Prisma.TransactionClient;

export type ReviewSeedContext = {
  roundId: string;
  today: Date;
  unitId: (code: string) => string;
  userId: (email: string) => string;
};

type ReviewOrganisation = {
  name: string;
  creditCode: string;
  unitCode: string;
  provinceCode: string;
  cityCode: string;
  address: string;
  functions: ('INFORMATION' | 'TECHNOLOGY' | 'STARTUP' | 'TRAINING' | 'FINANCING')[];
};

const organisations = {
  // A second member developed by 信息部, the demo unit: its application waits for unit@example.com.
  haidian: {
    name: '北京海淀科技企业服务中心',
    creditCode: withCreditCodeCheck('12110108MB1234567'),
    unitCode: 'INF',
    provinceCode: '110000',
    cityCode: '110100',
    address: '北京市海淀区学院路 30 号',
    functions: ['INFORMATION', 'TECHNOLOGY'],
  },
  // Recommended by the Membership Department: waits for an administrator to assign reviewers.
  tianjin: {
    name: '天津滨海创业服务有限公司',
    creditCode: withCreditCodeCheck('91120116MA05ABCD1'),
    unitCode: 'MEM',
    provinceCode: '120000',
    cityCode: '120100',
    address: '天津市滨海新区第三大街 51 号',
    functions: ['STARTUP'],
  },
  // In review, assigned to reviewer@example.com, not yet scored.
  suzhou: {
    name: '苏州工业园区企业培训中心',
    creditCode: withCreditCodeCheck('52320594MJ5512345'),
    unitCode: 'BR-SVC',
    provinceCode: '320000',
    cityCode: '320500',
    address: '苏州工业园区星湖街 328 号',
    functions: ['TRAINING'],
  },
  // In review with the review submitted: waits for the administrator's decision.
  wuhan: {
    name: '武汉光谷信息服务有限公司',
    creditCode: withCreditCodeCheck('91420100MA4K9QWE3'),
    unitCode: 'GAD',
    provinceCode: '420000',
    cityCode: '420100',
    address: '武汉市东湖新技术开发区光谷大道 77 号',
    functions: ['INFORMATION'],
  },
} satisfies Record<string, ReviewOrganisation>;

// The facts of a platform that meets Art. 5, declared as an applicant would.
const facts = {
  foundedOn: new Date('2014-04-01T00:00:00.000Z'),
  organisationKind: 'SME_SERVICE_INSTITUTION' as const,
  totalAssetsYuan: '8600000.00',
  satisfactionPercent: '91.00',
  freeOrLowFeeSharePercent: '28.00',
  smesServedLastYear: 520,
  smesServedYearBefore: 430,
  aggregatedInstitutions: 14,
  serviceStaff: 42,
  qualifiedStaff: 37,
  ...ALL_ATTESTATIONS_MET,
};

const functionFacts = {
  INFORMATION: { onlineServiceSystem: true, offlineEnterprisesServed: 260, activitiesPerYear: 14 },
  TECHNOLOGY: {
    organisesResources: true,
    expertDatabase: true,
    projectDatabase: true,
    instrumentSharing: true,
    activitiesPerYear: 9,
  },
  STARTUP: {
    strongCoaching: true,
    projectDatabase: true,
    startupGuide: true,
    serviceHotline: true,
    governmentAgencyService: true,
    activitiesPerYear: 11,
  },
  TRAINING: {
    trainingQualification: true,
    onlineAndOfflineTraining: true,
    trainingEvaluation: true,
    traineesPerYear: 3400,
  },
  FINANCING: { activitiesPerYear: 12, financingFacilitatedYuan: '950000000.00' },
};

// The attested (qualitative) conditions as the eligibility check froze them at submission.
function snapshot(functions: readonly string[]) {
  const attested = (code: string, article: string, fn: string | null, zhCN: string, en: string) => ({
    code,
    article,
    function: fn,
    kind: 'ATTESTED',
    status: 'ATTESTED',
    passed: true,
    message: {
      zhCN: `${zhCN}；申报单位已声明，待评审核实。`,
      en: `${article}: ${en} — attested, to be verified in review.`,
    },
  });
  const checks = [
    attested(
      'ART5_1_SOUND_OPERATION',
      'Art. 5(1)',
      null,
      '第五条第（一）项：经营规范，具有良好的发展前景和可持续发展能力',
      'operates soundly, with good prospects and the ability to develop sustainably',
    ),
    attested(
      'ART5_2_REPUTATION',
      'Art. 5(2)',
      null,
      '第五条第（二）项：在专业服务领域或区域内有一定的声誉和品牌影响力',
      'recognised, with a reputation and brand, in its field or region',
    ),
    attested(
      'ART5_3_ORGANISING_ABILITY',
      'Art. 5(3)',
      null,
      '第五条第（三）项：有组织带动社会服务资源的能力',
      'able to organise and mobilise social service resources',
    ),
    attested('ART5_4_REASONABLE_FEES', 'Art. 5(4)', null, '第五条第（四）项：合理的收费标准', 'reasonable fees'),
    attested(
      'ART5_5_SOUND_MANAGEMENT_TEAM',
      'Art. 5(5)',
      null,
      '第五条第（五）项：有健全的管理团队和人才队伍',
      'a sound management team and staff',
    ),
  ];
  if (functions.includes('TECHNOLOGY')) {
    checks.push(
      attested(
        'ART6_2_ORGANISES_RESOURCES',
        'Art. 6(2)',
        'TECHNOLOGY',
        '第六条第（二）项：具有组织技术服务资源的能力',
        'able to organise technical service resources',
      ),
    );
  }
  if (functions.includes('STARTUP')) {
    checks.push(
      attested(
        'ART6_3_STRONG_COACHING',
        'Art. 6(3)',
        'STARTUP',
        '第六条第（三）项：具有较强的创业辅导能力',
        'strong startup coaching',
      ),
    );
  }
  return { eligible: true, qualifiedFunctions: functions, checks };
}

const daysBefore = (today: Date, days: number): Date => new Date(today.getTime() - days * 86_400_000);

export async function seedReviewDemo(tx: Tx, ctx: ReviewSeedContext): Promise<void> {
  const reviewerId = ctx.userId('reviewer@example.com');
  const adminId = ctx.userId('admin@example.com');
  const unitStaffId = ctx.userId('unit@example.com');

  await tx.expertProfile.create({
    data: {
      userId: reviewerId,
      functions: ['INFORMATION', 'TECHNOLOGY', 'STARTUP', 'TRAINING'],
      provinceCode: '310000',
      affiliations: ['上海交通大学'],
      unitId: null,
      note: '中小企业管理与技术服务方向',
    },
  });

  const created: Record<keyof typeof organisations, { applicationId: string }> = {} as never;
  for (const [key, org] of Object.entries(organisations) as [keyof typeof organisations, ReviewOrganisation][]) {
    const organisation = await tx.organisation.create({
      data: {
        name: org.name,
        creditCode: org.creditCode,
        kind: 'SME_SERVICE_INSTITUTION',
        foundedOn: facts.foundedOn,
        address: org.address,
        provinceCode: org.provinceCode,
        cityCode: org.cityCode,
        memberships: {
          create: { unitId: ctx.unitId(org.unitCode), since: new Date('2020-03-01T00:00:00.000Z'), status: 'ACTIVE' },
        },
      },
    });
    const submittedAt = daysBefore(ctx.today, 10);
    const application = await tx.application.create({
      data: {
        roundId: ctx.roundId,
        organisationId: organisation.id,
        status: 'SUBMITTED',
        submittedAt,
        factsSavedAt: submittedAt,
        declarationAcceptedAt: submittedAt,
        ...facts,
        eligibilitySnapshot: snapshot(org.functions),
        functions: { create: org.functions.map((fn) => ({ function: fn, ...functionFacts[fn] })) },
      },
    });
    await tx.timelineEntry.create({
      data: {
        subjectType: 'Application',
        subjectId: application.id,
        applicationId: application.id,
        at: submittedAt,
        action: 'submit',
        fromStatus: 'DRAFT',
        status: 'SUBMITTED',
      },
    });
    created[key] = { applicationId: application.id };
  }

  // Moves a seeded application along the workflow, with its timeline entry, as the API would have.
  const advance = async (
    applicationId: string,
    action: string,
    from: string,
    to: string,
    actorId: string,
    daysAgo: number,
    note: string | null = null,
  ) => {
    await tx.application.update({
      where: { id: applicationId },
      data: { status: to as never, version: { increment: 1 } },
    });
    await tx.timelineEntry.create({
      data: {
        subjectType: 'Application',
        subjectId: applicationId,
        applicationId,
        at: daysBefore(ctx.today, daysAgo),
        action,
        fromStatus: from,
        status: to,
        actorId,
        note,
      },
    });
  };
  const recommend = async (applicationId: string, unitCode: string, daysAgo: number) => {
    const opinion = '该机构服务规范、成效显著，同意推荐。';
    await tx.recommendation.create({
      data: {
        applicationId,
        unitId: ctx.unitId(unitCode),
        decidedById: unitCode === 'INF' ? unitStaffId : adminId,
        decision: 'RECOMMENDED',
        comment: opinion,
        decidedAt: daysBefore(ctx.today, daysAgo),
      },
    });
    await advance(
      applicationId,
      'recommend',
      'SUBMITTED',
      'RECOMMENDED',
      unitCode === 'INF' ? unitStaffId : adminId,
      daysAgo,
      opinion,
    );
  };

  await recommend(created.tianjin.applicationId, 'MEM', 8);

  for (const key of ['suzhou', 'wuhan'] as const) {
    const { applicationId } = created[key];
    await recommend(applicationId, organisations[key].unitCode, 8);
    await tx.reviewerAssignment.create({
      data: { applicationId, reviewerId, assignedById: adminId, assignedAt: daysBefore(ctx.today, 6) },
    });
    await advance(applicationId, 'startReview', 'RECOMMENDED', 'UNDER_REVIEW', adminId, 6);
  }

  // The Wuhan application's review is in: declared no conflict, scored, recommended to pass.
  const wuhan = created.wuhan.applicationId;
  await tx.conflictDeclaration.create({
    data: { applicationId: wuhan, reviewerId, hasConflict: false, declaredAt: daysBefore(ctx.today, 5) },
  });
  const scores: [string, number][] = [
    ['ART5_1', 8],
    ['ART5_2', 9],
    ['ART5_3', 7],
    ['ART5_4', 8],
    ['ART5_5', 8],
    ['ART6_1_SYSTEM', 9],
    ['ART6_1_ACTIVITY', 8],
  ];
  const weights: Record<string, number> = {
    ART5_1: 10,
    ART5_2: 15,
    ART5_3: 10,
    ART5_4: 15,
    ART5_5: 10,
    ART6_1_SYSTEM: 20,
    ART6_1_ACTIVITY: 20,
  };
  const weighted =
    Math.round(scores.reduce((sum, [code, score]) => sum + (score / 10) * (weights[code] ?? 0), 0) * 100) / 100;
  const assignment = await tx.reviewerAssignment.update({
    where: { applicationId_reviewerId: { applicationId: wuhan, reviewerId } },
    data: {
      completedAt: daysBefore(ctx.today, 3),
      recommendation: 'PASS',
      comment: '信息服务系统完善，线下服务活动丰富，建议通过。',
      weightedScore: weighted,
      attestationVerdicts: {
        ART5_1_SOUND_OPERATION: true,
        ART5_2_REPUTATION: true,
        ART5_4_REASONABLE_FEES: true,
        ART5_5_SOUND_MANAGEMENT_TEAM: true,
      },
    },
  });
  await tx.reviewScore.createMany({
    data: scores.map(([criterion, score]) => ({ assignmentId: assignment.id, criterion, score })),
  });
}
