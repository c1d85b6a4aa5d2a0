import type { PrismaClient } from '../generated/prisma/client';
import { hashPassword } from '../password';
import { ART5_ATTESTATIONS_MET, DEMO_PASSWORD, demoAccounts, demoOrganisations, demoUnits } from './demo-data';
import { seedTitles } from './title';
import { seedMembershipDemo, type StoreDemoFile } from './membership';
import { seedNoticeDemo, type NoticeSeedRules } from './notice';
import { seedReviewDemo } from './review';
import { seedServiceRecordDemo } from './service-record';

export type SeedDemoDataOptions = {
  /** Today's calendar date (Asia/Shanghai), 'YYYY-MM-DD'. The demo round is open on it. */
  today: string;
  /** Rules of the domain package for the notice demo (seed/notice.ts); without them it is skipped. */
  rules?: NoticeSeedRules;
  /** Where the demo materials' bytes go (the API's file store); without it only rows are written. */
  storeFile?: StoreDemoFile;
};

export type SeedDemoDataResult = { seeded: boolean };

/**
 * Fills an empty database with demonstration data for the embedded default: the units of
 * Art. 2, a round open today, member organisations, two draft applications and five accounts
 * (password `demo1234`). Does nothing when any user exists, so it is safe on every start.
 * The caller decides whether to seed at all (never on production PostgreSQL).
 */
export async function seedDemoData(prisma: PrismaClient, options: SeedDemoDataOptions): Promise<SeedDemoDataResult> {
  if ((await prisma.user.count()) > 0) return { seeded: false };
  const today = parseDay(options.today);
  const passwordHashes = await Promise.all(demoAccounts.map(() => hashPassword(DEMO_PASSWORD)));

  return prisma.$transaction(
    async (tx) => {
      // Re-check inside the transaction so two concurrent starts cannot both seed.
      if ((await tx.user.count()) > 0) return { seeded: false };

      const unitIds = new Map<string, string>();
      for (const unit of demoUnits) {
        const created = await tx.unit.create({ data: unit });
        unitIds.set(unit.code, created.id);
      }
      const unitId = (code: string): string => {
        const id = unitIds.get(code);
        if (!id) throw new Error(`demo unit ${code} missing`);
        return id;
      };

      const organisationIds = new Map<string, string>();
      for (const { key, memberships, foundedOn, ...organisation } of demoOrganisations) {
        const created = await tx.organisation.create({
          data: {
            ...organisation,
            foundedOn: parseDay(foundedOn),
            memberships: {
              create: memberships.map((membership) => ({
                unitId: unitId(membership.unitCode),
                since: parseDay(membership.since),
                status: membership.status,
                endedOn: membership.endedOn ? parseDay(membership.endedOn) : null,
              })),
            },
          },
        });
        organisationIds.set(key, created.id);
      }
      const organisationId = (key: string): string => {
        const id = organisationIds.get(key);
        if (!id) throw new Error(`demo organisation ${key} missing`);
        return id;
      };

      const userIds = new Map<string, string>();
      for (const [index, account] of demoAccounts.entries()) {
        const created = await tx.user.create({
          data: {
            email: account.email.toLowerCase(),
            displayName: account.displayName,
            passwordHash: passwordHashes[index] ?? '',
            roles: account.roles,
            organisationId: account.organisationKey ? organisationId(account.organisationKey) : null,
            unitId: account.unitCode ? unitId(account.unitCode) : null,
          },
        });
        userIds.set(account.email, created.id);
      }

      const round = await tx.round.create({ data: demoRound(today) });

      // Another member's draft: mostly complete, declares INFORMATION and TRAINING. The demo
      // member's own organisation starts with no application, so signing in as
      // member@example.com shows the way to create one for the open round (one per round).
      await tx.application.create({
        data: {
          roundId: round.id,
          organisationId: organisationId('shenzhen'),
          createdById: null,
          isRenewal: false,
          foundedOn: parseDay('2015-03-18'),
          organisationKind: 'SME_SERVICE_INSTITUTION',
          totalAssetsYuan: '5200000.00',
          satisfactionPercent: '92.50',
          freeOrLowFeeSharePercent: '35.00',
          smesServedLastYear: 420,
          smesServedYearBefore: 365,
          aggregatedInstitutions: 12,
          serviceStaff: 36,
          qualifiedStaff: 31,
          ...ART5_ATTESTATIONS_MET,
          functions: {
            create: [
              {
                function: 'INFORMATION',
                onlineServiceSystem: true,
                offlineEnterprisesServed: 210,
                activitiesPerYear: 12,
              },
              {
                function: 'TRAINING',
                trainingQualification: true,
                onlineAndOfflineTraining: true,
                trainingEvaluation: true,
                traineesPerYear: 2600,
              },
            ],
          },
        },
      });

      // A barely started draft (drafts are partial).
      await tx.application.create({
        data: {
          roundId: round.id,
          organisationId: organisationId('shanghai'),
          isRenewal: false,
          organisationKind: 'TECH_SERVICE_INSTITUTION',
          smesServedLastYear: 180,
          functions: { create: [{ function: 'TECHNOLOGY', expertDatabase: true, activitiesPerYear: 6 }] },
        },
      });

      await seedTitles(
        tx,
        {
          today: options.today,
          organisationId,
          adminUserId: userIds.get('admin@example.com') ?? '',
          certificateNumber: options.rules?.certificateNumber,
        },
        passwordHashes[0],
      );
      await seedReviewDemo(tx, { roundId: round.id, today, unitId, userId: (email) => userIds.get(email) ?? '' });
      await seedMembershipDemo(tx, {
        today,
        unitId,
        passwordHash: passwordHashes[0] ?? '',
        storeFile: options.storeFile,
      });
      if (options.rules)
        await seedNoticeDemo(tx, {
          today: options.today,
          openRound: round,
          unitId,
          adminId: userIds.get('admin@example.com') ?? '',
          rules: options.rules,
        });

      await seedServiceRecordDemo(tx, {
        today: options.today,
        adminUserId: userIds.get('admin@example.com') ?? '',
        submittedReportOrganisationId: organisationId('hangzhou'),
      });

      await tx.auditEvent.create({
        data: {
          action: 'seed.demo',
          entityType: 'Database',
          data: {
            today: options.today,
            units: demoUnits.length,
            organisations: demoOrganisations.length,
            users: demoAccounts.map((account) => account.email),
            roundId: round.id,
          },
        },
      });
      return { seeded: true };
    },
    { timeout: 120_000, maxWait: 30_000 },
  ); // a slow machine must not abort the first start
}

/** Round of today's year, open today: opened up to 30 days ago, closing up to 30 days ahead. */
function demoRound(today: Date) {
  const year = today.getUTCFullYear();
  const sequence = today.getUTCMonth() < 6 ? 1 : 2;
  const opensOn = maxDate(addDays(today, -30), new Date(Date.UTC(year, 0, 1)));
  const submissionDeadline = minDate(addDays(today, 30), new Date(Date.UTC(year, 11, 31)));
  return {
    year,
    sequence,
    name: `${year}年第${sequence === 1 ? '一' : '二'}批中小企业公共服务示范平台认定`,
    opensOn,
    submissionDeadline,
    reviewEndsOn: addDays(submissionDeadline, 60),
  };
}

function parseDay(isoDate: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new Error(`expected YYYY-MM-DD, got ${isoDate}`);
  return new Date(`${isoDate}T00:00:00.000Z`);
}

const addDays = (date: Date, days: number): Date => new Date(date.getTime() + days * 86_400_000);
const maxDate = (a: Date, b: Date): Date => (a > b ? a : b);
const minDate = (a: Date, b: Date): Date => (a < b ? a : b);
