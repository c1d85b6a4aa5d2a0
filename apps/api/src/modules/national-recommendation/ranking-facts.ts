import {
  accreditationStatusOn,
  DEFAULT_RECOMMENDATION_WEIGHTS,
  rankCandidates,
  SCORE_COMPONENTS,
  type CandidateFacts,
  type RankedCandidate,
  type RecommendationWeights,
} from '@sme/domain';
import type { Tx } from '../../db.js';
import { formatIsoDate } from '../common/scalars.js';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export type WeightsInForce = { id: string | null; version: number; weights: RecommendationWeights };

/** The weights an administrator set last, or the built-in defaults (version 0). */
export async function weightsInForce(tx: Tx): Promise<WeightsInForce> {
  const row = await tx.recommendationWeights.findFirst({ orderBy: { version: 'desc' } });
  if (!row) return { id: null, version: 0, weights: DEFAULT_RECOMMENDATION_WEIGHTS };
  const stored = (row.weights ?? {}) as Record<string, number>;
  const weights = Object.fromEntries(
    SCORE_COMPONENTS.map((n) => [n, typeof stored[n] === 'number' ? stored[n] : DEFAULT_RECOMMENDATION_WEIGHTS[n]]),
  ) as RecommendationWeights;
  return { id: row.id, version: row.version, weights };
}

/**
 * Art. 14: the facts of every title valid and unrevoked on `on` (any revocation, even one still
 * open, keeps a title out: 撤销办理中 is not recommended), for the recommendation of `year`:
 * the accepted reports on the years before it, attendance and spot checks since the award.
 */
export async function candidateFacts(tx: Tx, year: number, on: string): Promise<CandidateFacts[]> {
  const titles = await tx.accreditation.findMany({
    where: { validFrom: { lte: day(on) }, validUntil: { gte: day(on) }, revocation: null },
    select: {
      id: true,
      certificateNumber: true,
      awardedOn: true,
      validFrom: true,
      validUntil: true,
      renewsId: true,
      application: {
        select: {
          reviewerAssignments: {
            where: { recusedAt: null, completedAt: { not: null }, weightedScore: { not: null } },
            select: { weightedScore: true },
          },
        },
      },
      annualReports: {
        where: { status: 'ACCEPTED', year: { lt: year } },
        select: { year: true, enterprisesServed: true, publicWelfareServices: true, servicesRecorded: true },
      },
      spotChecks: { where: { status: { in: ['PASSED', 'FAILED'] } }, select: { status: true } },
      activityAttendances: {
        where: { activity: { heldOn: { lte: day(on) } } },
        select: { activity: { select: { heldOn: true } } },
      },
    },
  });
  // The domain decides validity on the day; the query only narrows what is loaded.
  const valid = titles.filter(
    (t) =>
      accreditationStatusOn(
        { validFrom: formatIsoDate(t.validFrom), validUntil: formatIsoDate(t.validUntil) },
        on,
        null,
      ) === 'VALID',
  );
  // A renewal keeps the platform's first award (Art. 11): follow each lineage back.
  const lineage = await tx.accreditation.findMany({ select: { id: true, renewsId: true, awardedOn: true } });
  const byId = new Map(lineage.map((l) => [l.id, l]));
  const firstAward = (id: string): string => {
    let current = byId.get(id);
    const seen = new Set<string>();
    while (current?.renewsId && !seen.has(current.renewsId) && byId.has(current.renewsId)) {
      seen.add(current.id);
      current = byId.get(current.renewsId);
    }
    return current ? formatIsoDate(current.awardedOn) : on;
  };
  const activities = await tx.associationActivity.findMany({
    where: { heldOn: { lte: day(on) } },
    select: { heldOn: true },
  });
  return valid.map((t) => {
    const from = formatIsoDate(t.validFrom);
    const held = activities.filter((a) => formatIsoDate(a.heldOn) >= from).length;
    const attended = t.activityAttendances.filter((a) => formatIsoDate(a.activity.heldOn) >= from).length;
    const scores = (t.application?.reviewerAssignments ?? []).map((a) => a.weightedScore ?? 0);
    return {
      id: t.id,
      certificateNumber: t.certificateNumber,
      firstAwardedOn: firstAward(t.id),
      reviewScore: scores.length === 0 ? null : scores.reduce((s, x) => s + x, 0) / scores.length,
      reports: t.annualReports,
      activitiesAttended: attended,
      activitiesHeld: held,
      spotChecks: {
        passed: t.spotChecks.filter((c) => c.status === 'PASSED').length,
        failed: t.spotChecks.filter((c) => c.status === 'FAILED').length,
      },
    };
  });
}

export async function rankingOf(
  tx: Tx,
  year: number,
  on: string,
): Promise<{ weights: WeightsInForce; ranked: RankedCandidate[] }> {
  const weights = await weightsInForce(tx);
  return { weights, ranked: rankCandidates(await candidateFacts(tx, year, on), weights.weights, on) };
}
