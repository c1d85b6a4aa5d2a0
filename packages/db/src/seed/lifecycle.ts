import type { Prisma } from '../generated/prisma/client';
import { hashPassword } from '../password';
import { withCreditCodeCheck } from './credit-code';

type Tx = Prisma.TransactionClient;

export type LifecycleSeedContext = {
  /** Today's date, YYYY-MM-DD (Asia/Shanghai). */
  today: string;
  organisationId(key: string): string;
  adminUserId: string;
};

/** The member account whose organisation holds the title expiring this year (renewal demo). */
export const DEMO_HOLDER_EMAIL = 'holder@example.com';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
/** Art. 11: from the award date to the day before the third anniversary (awards here avoid 29 February). */
const until = (awardedOn: string) => {
  const d = day(awardedOn);
  d.setUTCFullYear(d.getUTCFullYear() + 3);
  return new Date(d.getTime() - 86_400_000);
};

/**
 * After the award (issue #11): titles held before this system (imported), one expiring this
 * year held by the organisation of holder@example.com (so the portal shows the renewal), one
 * expired, one revoked and published, and a spot-check campaign with an evidence request
 * waiting for that holder's answer. The demo member (member@example.com) holds no title, so it
 * can still file a new application.
 */
export async function seedLifecycle(tx: Tx, ctx: LifecycleSeedContext, passwordHash?: string): Promise<void> {
  const year = Number(ctx.today.slice(0, 4));
  const holderHash = passwordHash ?? (await hashPassword('demo1234'));
  await tx.user.create({
    data: { email: DEMO_HOLDER_EMAIL, displayName: '赵婷', passwordHash: holderHash, roles: ['MEMBER'], organisationId: ctx.organisationId('hangzhou') },
  });

  const extra = [
    { name: '广州中小企业信息服务中心', creditCode: withCreditCodeCheck('12440100MB2C00011'), functions: ['INFORMATION'] as const, awardedOn: `${year - 1}-06-18` },
    { name: '成都天府技术转移服务有限公司', creditCode: withCreditCodeCheck('91510100MA6C00022'), functions: ['TECHNOLOGY'] as const, awardedOn: `${year - 2}-11-10` },
    { name: '武汉光谷企业培训学院', creditCode: withCreditCodeCheck('52420100MJ3E00033'), functions: ['TRAINING'] as const, awardedOn: `${year - 1}-03-02` },
    { name: '西安秦创融资服务有限公司', creditCode: withCreditCodeCheck('91610100MA6T00044'), functions: ['FINANCING'] as const, awardedOn: `${year - 2}-05-20` },
    { name: '南京创业辅导中心', creditCode: withCreditCodeCheck('12320100MB1D00055'), functions: ['STARTUP'] as const, awardedOn: `${year - 5}-04-12` },
    { name: '天津滨海企业服务有限公司', creditCode: withCreditCodeCheck('91120116MA0500066'), functions: ['INFORMATION', 'TECHNOLOGY'] as const, awardedOn: `${year - 1}-09-09` },
  ];
  const ids: string[] = [];
  let serial = 0;
  const title = async (organisationId: string, functions: readonly ('INFORMATION' | 'TECHNOLOGY' | 'STARTUP' | 'TRAINING' | 'FINANCING')[], awardedOn: string) => {
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
      evidenceRequest: '请提交近一年的服务台账、创业辅导活动记录和服务对象满意度调查结果。',
      evidenceRequestedAt: day(ctx.today),
      dueOn,
    },
  });
  await tx.spotCheck.create({ data: { campaignId: campaign.id, accreditationId: others[0] as string, position: 1 } });
}
