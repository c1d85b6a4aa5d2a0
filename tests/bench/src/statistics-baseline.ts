// S3's baseline: the four figures of the bench's `statistics` query written by hand in SQL, with
// the API's definitions (apps/api/src/modules/statistics/statistics-sql.ts and the domain's
// FUNNEL_STAGE_DEFINITIONS), so the time compared is the time of the same answer:
// - applications by current status, drafts included;
// - titles valid on today's Beijing date (within validFrom..validUntil, no completed revocation
//   in effect by today) by service function;
// - pass rate: of applications that reached the review decision — current status REVIEW_PASSED,
//   REVIEW_FAILED, IN_PUBLIC_NOTICE, ACCREDITED or FAILED, or one of REVIEW_PASSED, REVIEW_FAILED,
//   IN_PUBLIC_NOTICE, ACCREDITED anywhere in its timeline — the share that passed (current status
//   REVIEW_PASSED, IN_PUBLIC_NOTICE, ACCREDITED or FAILED, or REVIEW_PASSED, IN_PUBLIC_NOTICE,
//   ACCREDITED in the timeline);
// - the median days from submission to decision of those decided applications, each instant
//   from its column or else the first SUBMITTED / REVIEW_PASSED|REVIEW_FAILED timeline entry.
// The two review figures share one row set, so by hand they are one statement.
import type pg from 'pg';

export const STATISTICS_QUERY =
  '{ statistics { applicationsByStatus { status count } accreditationsByFunction { function count } passRate medianDaysSubmittedToDecided } }';

export type StatisticsFigures = {
  applicationsByStatus: { status: string; count: number }[];
  accreditationsByFunction: { function: string; count: number }[];
  passRate: number | null;
  medianDaysSubmittedToDecided: number | null;
};

const TODAY = `(now() AT TIME ZONE 'Asia/Shanghai')::date`;

const BY_STATUS = `SELECT status::text AS status, count(*)::int AS count FROM "Application" GROUP BY status`;

const BY_FUNCTION = `
  SELECT fn AS function, count(*)::int AS count
  FROM "Accreditation" ac, unnest(ac.functions::text[]) fn
  WHERE ac."validFrom" <= ${TODAY} AND ac."validUntil" >= ${TODAY}
    AND NOT EXISTS (SELECT 1 FROM "Revocation" rv WHERE rv."accreditationId" = ac.id AND rv.status = 'COMPLETED' AND rv."effectiveOn" <= ${TODAY})
  GROUP BY fn`;

const REVIEWS = `
  WITH tl AS (
    SELECT "applicationId" AS id,
      bool_or(status IN ('REVIEW_PASSED', 'REVIEW_FAILED', 'IN_PUBLIC_NOTICE', 'ACCREDITED')) AS reviewed,
      bool_or(status IN ('REVIEW_PASSED', 'IN_PUBLIC_NOTICE', 'ACCREDITED')) AS passed,
      min(at) FILTER (WHERE status = 'SUBMITTED') AS submitted_at,
      min(at) FILTER (WHERE status IN ('REVIEW_PASSED', 'REVIEW_FAILED')) AS decided_at
    FROM "TimelineEntry"
    WHERE "applicationId" IS NOT NULL AND status IN ('SUBMITTED', 'REVIEW_PASSED', 'REVIEW_FAILED', 'IN_PUBLIC_NOTICE', 'ACCREDITED')
    GROUP BY "applicationId"
  ), decided AS (
    SELECT a.status IN ('REVIEW_PASSED', 'IN_PUBLIC_NOTICE', 'ACCREDITED', 'FAILED') OR coalesce(tl.passed, false) AS passed,
      coalesce(a."decidedAt", tl.decided_at) - coalesce(a."submittedAt", tl.submitted_at) AS took
    FROM "Application" a LEFT JOIN tl ON tl.id = a.id
    WHERE a.status IN ('REVIEW_PASSED', 'REVIEW_FAILED', 'IN_PUBLIC_NOTICE', 'ACCREDITED', 'FAILED') OR coalesce(tl.reviewed, false)
  )
  SELECT count(*)::int AS reviewed, count(*) FILTER (WHERE passed)::int AS passed,
    percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM took) / 86400.0) AS median_days
  FROM decided`;

/** The four figures by hand-written SQL, on one connection. */
export async function statisticsBySql(client: pg.Client): Promise<StatisticsFigures> {
  const byStatus = await client.query(BY_STATUS);
  const byFunction = await client.query(BY_FUNCTION);
  const reviews = await client.query(REVIEWS);
  const r = reviews.rows[0] as { reviewed: number; passed: number; median_days: number | string | null };
  return {
    applicationsByStatus: byStatus.rows as StatisticsFigures['applicationsByStatus'],
    accreditationsByFunction: byFunction.rows as StatisticsFigures['accreditationsByFunction'],
    passRate: r.reviewed === 0 ? null : r.passed / r.reviewed,
    medianDaysSubmittedToDecided: r.median_days == null ? null : Number(r.median_days),
  };
}

/** Where two answers differ (lists compared in any order, numbers to 1e-9), or null when they agree. */
export function compareStatistics(api: StatisticsFigures, sql: StatisticsFigures): string | null {
  const asMap = (rows: { count: number }[], key: string) =>
    JSON.stringify(
      Object.fromEntries(
        rows
          .map((r) => [String((r as Record<string, unknown>)[key]), r.count])
          .sort(([a], [b]) => String(a).localeCompare(String(b))),
      ),
    );
  const differences: string[] = [];
  const lists = [
    ['applicationsByStatus', asMap(api.applicationsByStatus, 'status'), asMap(sql.applicationsByStatus, 'status')],
    [
      'accreditationsByFunction',
      asMap(api.accreditationsByFunction, 'function'),
      asMap(sql.accreditationsByFunction, 'function'),
    ],
  ] as const;
  for (const [name, a, s] of lists) if (a !== s) differences.push(`${name} api ${a} sql ${s}`);
  for (const name of ['passRate', 'medianDaysSubmittedToDecided'] as const) {
    const a = api[name];
    const s = sql[name];
    if (a === null || s === null ? a !== s : Math.abs(a - s) > 1e-9 * Math.max(1, Math.abs(s)))
      differences.push(`${name} api ${a} sql ${s}`);
  }
  return differences.length === 0 ? null : differences.join('; ');
}
