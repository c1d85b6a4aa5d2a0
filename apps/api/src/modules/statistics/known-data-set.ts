// A small, fully known data set for the statistics tests, written directly with Prisma (the
// workflows that would produce it belong to other modules). Everything hangs off its own unit,
// so filtering by that unit isolates it from the demo data. Dates are relative to `today`.
import { addDays } from '@sme/domain';
import type { PrismaClient } from '@sme/db';

type Status =
  | 'DRAFT'
  | 'SUBMITTED'
  | 'RECOMMENDED'
  | 'NOT_RECOMMENDED'
  | 'UNDER_REVIEW'
  | 'REVIEW_PASSED'
  | 'REVIEW_FAILED'
  | 'IN_PUBLIC_NOTICE'
  | 'ACCREDITED'
  | 'FAILED'
  | 'WITHDRAWN';
type Fn = 'INFORMATION' | 'TECHNOLOGY' | 'STARTUP' | 'TRAINING' | 'FINANCING';

export type KnownDataSet = {
  unitId: string;
  roundIds: [string, string];
  years: [number, number];
  organisationIds: string[];
};

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

export async function createKnownDataSet(prisma: PrismaClient, today: string, tag = 'stats'): Promise<KnownDataSet> {
  const unit = await prisma.unit.create({
    data: { code: `${tag.toUpperCase()}-UNIT`, name: `统计测试部 ${tag}`, kind: 'DEPARTMENT' },
  });
  const years: [number, number] = [2019, 2020];
  const rounds = await Promise.all(
    years.map((year) =>
      prisma.round.create({
        data: {
          year,
          sequence: 1,
          name: `${year}年第一批（${tag}）`,
          opensOn: day(`${year}-03-01`),
          submissionDeadline: day(`${year}-04-30`),
          reviewEndsOn: day(`${year}-06-30`),
        },
      }),
    ),
  );
  const regions: [string | null, string | null][] = [
    ['440000', '440300'],
    ['440000', '440100'],
    ['110000', '110105'],
    [null, null],
    ['440000', '440300'],
  ];
  const organisations: { id: string }[] = [];
  for (const [i, [provinceCode, cityCode]] of regions.entries()) {
    organisations.push(
      await prisma.organisation.create({
        data: {
          name: `统计测试机构${i + 1}（${tag}）`,
          creditCode: `${tag.toUpperCase().padEnd(6, 'X').slice(0, 6)}${String(i + 1).padStart(12, '0')}`,
          provinceCode,
          cityCode,
          contactName: '联系人',
          contactPhone: '13800000000',
          memberships: { create: { unitId: unit.id, since: day('2018-01-01'), status: 'ACTIVE' } },
        },
      }),
    );
  }
  const org = (i: number) => organisations[i]!.id;

  const application = async (
    round: number,
    orgIndex: number,
    status: Status,
    functions: Fn[],
    timeline: Status[],
    times: { submitted?: string; decided?: string; decidedInTimeline?: string } = {},
  ) => {
    const submittedAt = times.submitted ? new Date(`${times.submitted}T02:00:00Z`) : null;
    const created = await prisma.application.create({
      data: {
        roundId: rounds[round]!.id,
        organisationId: org(orgIndex),
        status,
        submittedAt,
        decidedAt: times.decided ? new Date(`${times.decided}T02:00:00Z`) : null,
        functions: { create: functions.map((f) => ({ function: f })) },
      },
    });
    let at = submittedAt ?? new Date('2019-03-02T00:00:00Z');
    let from: string = 'DRAFT';
    for (const s of timeline) {
      const decision = s === 'REVIEW_PASSED' || s === 'REVIEW_FAILED';
      if (decision && (times.decidedInTimeline ?? times.decided))
        at = new Date(`${times.decidedInTimeline ?? times.decided}T02:00:00Z`);
      await prisma.timelineEntry.create({
        data: {
          subjectType: 'Application',
          subjectId: created.id,
          applicationId: created.id,
          at,
          action: 'test',
          fromStatus: from,
          status: s,
        },
      });
      from = s;
      at = new Date(at.getTime() + 60_000);
    }
    return created.id;
  };

  const path = ['SUBMITTED', 'RECOMMENDED', 'UNDER_REVIEW'] as const;
  // Round 1 (2019): 5 applications.
  const a1 = await application(
    0,
    0,
    'ACCREDITED',
    ['FINANCING', 'INFORMATION'],
    [...path, 'REVIEW_PASSED', 'IN_PUBLIC_NOTICE', 'ACCREDITED'],
    {
      submitted: '2019-04-01',
      decided: '2019-04-11',
    },
  );
  await application(0, 1, 'REVIEW_FAILED', ['TECHNOLOGY'], [...path, 'REVIEW_FAILED'], {
    submitted: '2019-04-01',
    decided: '2019-04-21',
  });
  // Withdrawn after passing review; its decision instant is only in the timeline.
  await application(0, 2, 'WITHDRAWN', ['TRAINING'], [...path, 'REVIEW_PASSED', 'WITHDRAWN'], {
    submitted: '2019-04-01',
    decidedInTimeline: '2019-05-01',
  });
  await application(0, 3, 'DRAFT', ['STARTUP'], []);
  await application(0, 4, 'NOT_RECOMMENDED', ['INFORMATION'], ['SUBMITTED', 'NOT_RECOMMENDED'], {
    submitted: '2019-04-02',
  });
  // Round 2 (2020): 3 applications.
  await application(1, 0, 'FAILED', ['FINANCING'], [...path, 'REVIEW_PASSED', 'IN_PUBLIC_NOTICE', 'FAILED'], {
    submitted: '2020-04-01',
    decided: '2020-05-11',
  });
  await application(1, 1, 'UNDER_REVIEW', ['FINANCING'], [...path], { submitted: '2020-04-01' });
  const b3 = await application(
    1,
    2,
    'ACCREDITED',
    ['TECHNOLOGY'],
    [...path, 'REVIEW_PASSED', 'IN_PUBLIC_NOTICE', 'ACCREDITED'],
    {
      submitted: '2020-04-01',
      decided: '2020-04-07',
    },
  );

  const title = (
    orgIndex: number,
    functions: Fn[],
    awardedOffset: number,
    untilOffset: number,
    applicationId: string | null,
    n: number,
  ) =>
    prisma.accreditation.create({
      data: {
        organisationId: org(orgIndex),
        applicationId,
        imported: applicationId === null,
        certificateNumber: `${tag.toUpperCase()}-${n}`,
        functions,
        awardedOn: day(addDays(today, awardedOffset)),
        validFrom: day(addDays(today, awardedOffset)),
        validUntil: day(addDays(today, untilOffset)),
      },
    });
  const c1 = await title(0, ['FINANCING', 'INFORMATION'], -100, 20, a1, 1); // valid, expires in 20 days
  const c2 = await title(2, ['TECHNOLOGY'], -10, 1000, b3, 2); // valid
  await title(1, ['FINANCING'], -2000, -905, null, 3); // expired
  const c4 = await title(3, ['FINANCING', 'STARTUP'], -500, 500, null, 4); // revoked with effect
  const c5 = await title(4, ['FINANCING'], -300, 60, null, 5); // valid; an open revocation does not end it
  await title(1, ['TRAINING'], 10, 1100, null, 6); // not yet valid
  await title(3, ['INFORMATION'], -50, 1045, null, 7); // valid, organisation without region

  const admin = await prisma.user.create({
    data: { email: `${tag}-admin@example.com`, displayName: '统计测试管理员', passwordHash: 'x', roles: ['ADMIN'] },
  });
  const campaign = await prisma.spotCheckCampaign.create({
    data: { name: '抽查（测试）', year: 2026, seed: 's', sampleSize: 3, populationSize: 4, drawnById: admin.id },
  });
  await prisma.spotCheck.create({
    data: { campaignId: campaign.id, accreditationId: c1.id, position: 0, status: 'PASSED' },
  });
  await prisma.spotCheck.create({
    data: { campaignId: campaign.id, accreditationId: c2.id, position: 1, status: 'PENDING' },
  });
  const failed = await prisma.spotCheck.create({
    data: { campaignId: campaign.id, accreditationId: c5.id, position: 2, status: 'FAILED' },
  });
  await prisma.revocation.create({
    data: {
      accreditationId: c4.id,
      reason: 'VIOLATION_VERIFIED',
      status: 'COMPLETED',
      description: '查实违法',
      evidence: '证据',
      effectiveOn: day(addDays(today, -5)),
      decidedById: admin.id,
      decidedAt: new Date(),
    },
  });
  await prisma.revocation.create({
    data: {
      accreditationId: c5.id,
      reason: 'FAILED_SPOT_CHECK',
      status: 'OPEN',
      description: '抽查不合格',
      spotCheckId: failed.id,
    },
  });

  return {
    unitId: unit.id,
    roundIds: [rounds[0]!.id, rounds[1]!.id],
    years,
    organisationIds: organisations.map((o) => o.id),
  };
}
