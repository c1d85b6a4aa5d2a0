// Every figure of `statistics` is one aggregate query: PostgreSQL counts, groups and takes the
// median; no application or title row is loaded into Node. The same SQL serves PGlite and
// PostgreSQL. Filters and "reached stage" are defined once here so each figure agrees with
// the others and with the lists it summarises.
import { FUNNEL_STAGES, FUNNEL_STAGE_DEFINITIONS, type FunnelStage, type ServiceFunction } from '@sme/domain';
import { Prisma, type PrismaClient } from '@sme/db';

export type StatisticsFilter = {
  year?: number | null;
  roundId?: string | null;
  function?: ServiceFunction | null;
  /** GB/T 2260 code: a province (xx0000) or a city. */
  region?: string | null;
  unitId?: string | null;
};

type Db = Pick<PrismaClient, '$queryRaw'>;

const { sql, join, empty } = Prisma;

function and(parts: Prisma.Sql[]): Prisma.Sql {
  return parts.length === 0 ? sql`TRUE` : join(parts, ' AND ');
}

/**
 * A list of status names written into the SQL as literals: they are the domain's constants, never
 * input (checked here), and as literals the planner compares `a.status` as the enum it is instead
 * of casting every row to text to match parameters.
 */
function statusList(values: readonly string[]): Prisma.Sql {
  for (const v of values) if (!/^[A-Z_]+$/.test(v)) throw new Error(`not a status name: ${v}`);
  return values.length === 0 ? sql`(NULL)` : Prisma.raw(`(${values.map((v) => `'${v}'`).join(', ')})`);
}

/** The organisation's unit: the unit of its active membership, else of its latest one. */
function unitOf(orgIdColumn: Prisma.Sql): Prisma.Sql {
  return sql`(SELECT m."unitId" FROM "Membership" m WHERE m."organisationId" = ${orgIdColumn}
              ORDER BY (m.status = 'ACTIVE') DESC, m.since DESC, m.id LIMIT 1)`;
}

/**
 * The organisation's unit is `unitId` (the same ordering as `unitOf`), as one set of organisations
 * computed once per query instead of a lookup per row: with a unit filter, the per-row lookup
 * over every application cost more than the figure itself.
 */
export function inUnit(orgIdColumn: Prisma.Sql, unitId: string): Prisma.Sql {
  return sql`${orgIdColumn} IN (
    SELECT u."organisationId" FROM (
      SELECT DISTINCT ON (m."organisationId") m."organisationId", m."unitId" FROM "Membership" m
      ORDER BY m."organisationId", (m.status = 'ACTIVE') DESC, m.since DESC, m.id
    ) u WHERE u."unitId" = ${unitId})`;
}

export function regionMatches(region: string): Prisma.Sql {
  return sql`(o."provinceCode" = ${region} OR o."cityCode" = ${region})`;
}

/** Conditions on applications `a` (joined with round `r` and organisation `o` when `applicationsFrom` says so). */
export function applicationConditions(f: StatisticsFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (f.year != null) parts.push(sql`r.year = ${f.year}`);
  if (f.roundId) parts.push(sql`a."roundId" = ${f.roundId}`);
  if (f.function) {
    // Compared as the enum, not as text, so the planner uses the column's statistics (the text cast
    // made it guess 1 in 40 applications, and probe the timeline where one pass is cheaper).
    parts.push(
      sql`EXISTS (SELECT 1 FROM "ApplicationFunction" af WHERE af."applicationId" = a.id AND af.function = CAST(${f.function} AS "ServiceFunction"))`,
    );
  }
  if (f.region) parts.push(regionMatches(f.region));
  if (f.unitId) parts.push(inUnit(sql`a."organisationId"`, f.unitId));
  return and(parts);
}

/**
 * `FROM` the filtered applications `a`, joined with their round `r` only when the filter (or the
 * caller, for the year) needs it and with their organisation `o` only when the filter needs it:
 * both are required relations, so the joins never change which applications count, only cost.
 */
function applicationsFrom(f: StatisticsFilter): Prisma.Sql {
  return sql`FROM "Application" a ${applicationJoins(f)} WHERE ${applicationConditions(f)}`;
}

function applicationJoins(f: StatisticsFilter, opts: { round?: boolean } = {}): Prisma.Sql {
  const round = opts.round || f.year != null ? sql`JOIN "Round" r ON r.id = a."roundId"` : empty;
  const organisation = f.region ? sql`JOIN "Organisation" o ON o.id = a."organisationId"` : empty;
  return sql`${round} ${organisation}`;
}

const hasApplicationFilter = (f: StatisticsFilter): boolean =>
  f.year != null || !!f.roundId || !!f.function || !!f.region || !!f.unitId;

/** Conditions on titles `ac` (joined with organisation `o` when the region filter is set). The year is the year of the award. */
export function accreditationConditions(f: StatisticsFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (f.year != null) parts.push(sql`EXTRACT(YEAR FROM ac."awardedOn") = ${f.year}`);
  if (f.roundId)
    parts.push(
      sql`EXISTS (SELECT 1 FROM "Application" fa WHERE fa.id = ac."applicationId" AND fa."roundId" = ${f.roundId})`,
    );
  if (f.function) parts.push(sql`${f.function} = ANY(ac.functions::text[])`);
  if (f.region) parts.push(regionMatches(f.region));
  if (f.unitId) parts.push(inUnit(sql`ac."organisationId"`, f.unitId));
  return and(parts);
}

/** Valid today (Art. 11): within its three years and not revoked with effect by today. */
export function validOn(today: string): Prisma.Sql {
  return sql`ac."validFrom" <= ${today}::date AND ac."validUntil" >= ${today}::date
    AND NOT EXISTS (SELECT 1 FROM "Revocation" rv WHERE rv."accreditationId" = ac.id
                    AND rv.status = 'COMPLETED' AND rv."effectiveOn" <= ${today}::date)`;
}

const stageColumn = (stage: FunnelStage): string => `reached_${stage.toLowerCase()}`;

function stageExpression(stage: FunnelStage): Prisma.Sql {
  const def = FUNNEL_STAGE_DEFINITIONS[stage];
  const byStatus = sql`a.status IN ${statusList(def.currentStatuses)}`;
  if (def.timelineStatuses.length === 0) return byStatus;
  const flag = Prisma.raw(`tl.${stageColumn(stage)}`);
  return sql`(${byStatus} OR COALESCE(${flag}, FALSE))`;
}

/** Timeline statuses that date the submission and the review decision. */
const SUBMITTED_STATUSES = ['SUBMITTED'] as const;
const DECIDED_STATUSES = ['REVIEW_PASSED', 'REVIEW_FAILED'] as const;

/**
 * One row per filtered application with the `stages` it reached (reached_<stage> columns), its
 * round (and year, when `year`), and the submission and decision instants (the columns, or the
 * timeline when a column is empty).
 * The timeline is aggregated once, per application, over only the entries whose status can
 * matter to these stages and instants (other entries cannot change a flag or an instant), and
 * hash-joined: one pass over the table instead of an index probe per application. With a filter,
 * the filtered applications are computed once (their conditions may be subqueries per row) and
 * their entries read through the (applicationId, at) index by the array of their ids. (A join or
 * semi-join against them is estimated badly: PostgreSQL then scans the whole timeline for a
 * round's applications, or costs the query so high that it compiles it with JIT, which took
 * longer than the query itself.)
 */
function applicationStages(
  f: StatisticsFilter,
  stages: readonly FunnelStage[],
  opts: { year?: boolean } = {},
): Prisma.Sql {
  const fromTimeline = stages.filter((s) => FUNNEL_STAGE_DEFINITIONS[s].timelineStatuses.length > 0);
  const relevant = [
    ...new Set([
      ...fromTimeline.flatMap((s) => FUNNEL_STAGE_DEFINITIONS[s].timelineStatuses),
      ...SUBMITTED_STATUSES,
      ...DECIDED_STATUSES,
    ]),
  ];
  const timelineFlags = fromTimeline.map(
    (s) =>
      sql`, bool_or(t.status IN ${statusList(FUNNEL_STAGE_DEFINITIONS[s].timelineStatuses)}) AS ${Prisma.raw(stageColumn(s))}`,
  );
  const stageFlags = stages.map((s) => sql`, ${stageExpression(s)} AS ${Prisma.raw(stageColumn(s))}`);
  const filtered = hasApplicationFilter(f);
  const year = opts.year ? sql`, r.year` : empty;
  const aggregates = sql`
        min(t.at) FILTER (WHERE t.status IN ${statusList(SUBMITTED_STATUSES)}) AS submitted_at,
        min(t.at) FILTER (WHERE t.status IN ${statusList(DECIDED_STATUSES)}) AS decided_at
        ${join(timelineFlags, ' ')}`;
  const timeline = sql`
    LEFT JOIN (
      SELECT t."applicationId", ${aggregates}
      FROM "TimelineEntry" t
      WHERE ${filtered ? sql`t."applicationId" = ANY(ARRAY(SELECT id FROM fa))` : sql`t."applicationId" IS NOT NULL`}
        AND t.status IN ${statusList(relevant)}
      GROUP BY t."applicationId"
    ) tl ON tl."applicationId" = a.id`;
  const columns = sql`a.id, a."roundId" AS round_id ${opts.year ? sql`, a.year` : empty},
      COALESCE(a."submittedAt", tl.submitted_at) AS submitted_at,
      COALESCE(a."decidedAt", tl.decided_at) AS decided_at
      ${join(stageFlags, ' ')}`;
  if (!filtered) {
    return sql`
      SELECT ${columns}
      FROM (SELECT a.* ${year} FROM "Application" a ${applicationJoins(f, { round: opts.year })}) a ${timeline}`;
  }
  return sql`
    WITH fa AS MATERIALIZED (
      SELECT a.id, a."roundId", a.status, a."submittedAt", a."decidedAt" ${year}
      FROM "Application" a ${applicationJoins(f, { round: opts.year })} WHERE ${applicationConditions(f)}
    )
    SELECT ${columns} FROM fa a ${timeline}`;
}

const DAYS = sql`EXTRACT(EPOCH FROM (s.decided_at - s.submitted_at)) / 86400.0`;

export async function applicationsByStatus(db: Db, f: StatisticsFilter): Promise<{ status: string; count: number }[]> {
  return db.$queryRaw<{ status: string; count: number }[]>`
    SELECT a.status::text AS status, count(*)::int AS count
    ${applicationsFrom(f)}
    GROUP BY a.status ORDER BY a.status`;
}

export type FunnelCounts = Record<Lowercase<FunnelStage>, number>;
const funnelSelect = join(
  FUNNEL_STAGES.map(
    (s) => sql`count(*) FILTER (WHERE s.${Prisma.raw(stageColumn(s))})::int AS ${Prisma.raw(s.toLowerCase())}`,
  ),
  ', ',
);

export type YearTrendRow = FunnelCounts & { year: number; medianDays: number | null };

export type RoundFunnelRow = FunnelCounts & { roundId: string; year: number };

/**
 * The funnel by round and the trend by year from one pass over the stage rows (grouping sets):
 * the dashboard asks for both, and each alone would aggregate every application's timeline; the
 * exports take the half they show. A round belongs to one year, so grouping by (year, round) is
 * grouping by round.
 */
export async function funnelAndTrends(
  db: Db,
  f: StatisticsFilter,
): Promise<{ funnel: RoundFunnelRow[]; trends: YearTrendRow[] }> {
  const rows = await db.$queryRaw<
    (FunnelCounts & { roundId: string | null; year: number; byYear: boolean; medianDays: number | string | null })[]
  >`
    SELECT s.round_id AS "roundId", s.year::int AS year, GROUPING(s.round_id) = 1 AS "byYear", ${funnelSelect},
      percentile_cont(0.5) WITHIN GROUP (ORDER BY ${DAYS}) FILTER (WHERE s.submitted_at IS NOT NULL AND s.decided_at IS NOT NULL AND s.reached_reviewed) AS "medianDays"
    FROM (${applicationStages(f, FUNNEL_STAGES, { year: true })}) s
    GROUP BY GROUPING SETS ((s.year, s.round_id), (s.year))
    ORDER BY s.year, s.round_id`;
  const funnel: RoundFunnelRow[] = [];
  const trends: YearTrendRow[] = [];
  for (const { roundId, byYear, medianDays, ...counts } of rows) {
    if (byYear) trends.push({ ...counts, medianDays: medianDays === null ? null : Number(medianDays) });
    else funnel.push({ roundId: roundId as string, ...counts });
  }
  return { funnel, trends };
}

/** Of the applications that reached the review decision: how many, how many of them passed, and the median days from submission to decision. */
export async function reviewOutcomes(
  db: Db,
  f: StatisticsFilter,
): Promise<{ reviewed: number; passed: number; medianDays: number | null }> {
  const [row] = await db.$queryRaw<{ reviewed: number; passed: number; medianDays: number | string | null }[]>`
    SELECT count(*)::int AS reviewed,
      count(*) FILTER (WHERE s.reached_passed)::int AS passed,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY ${DAYS}) FILTER (WHERE s.submitted_at IS NOT NULL AND s.decided_at IS NOT NULL) AS "medianDays"
    FROM (${applicationStages(f, ['REVIEWED', 'PASSED'])}) s
    WHERE s.reached_reviewed`;
  return {
    reviewed: row?.reviewed ?? 0,
    passed: row?.passed ?? 0,
    medianDays: row?.medianDays == null ? null : Number(row.medianDays),
  };
}

/** `FROM` titles `ac`, joined with their organisation `o` only when the filter or the figure needs it (a required relation). */
function titles(f: StatisticsFilter, opts: { organisation?: boolean } = {}): Prisma.Sql {
  return opts.organisation || f.region
    ? sql`FROM "Accreditation" ac JOIN "Organisation" o ON o.id = ac."organisationId"`
    : sql`FROM "Accreditation" ac`;
}

export async function accreditationsByFunction(
  db: Db,
  f: StatisticsFilter,
  today: string,
): Promise<{ function: ServiceFunction; count: number }[]> {
  return db.$queryRaw`
    SELECT fn AS function, count(*)::int AS count
    ${titles(f)} CROSS JOIN LATERAL unnest(ac.functions::text[]) AS fn
    WHERE ${validOn(today)} AND ${accreditationConditions(f)}
    GROUP BY fn ORDER BY count(*) DESC, fn`;
}

/** By province; titles of organisations that recorded no region are under the empty code. */
export async function accreditationsByRegion(
  db: Db,
  f: StatisticsFilter,
  today: string,
): Promise<{ region: string; count: number }[]> {
  return db.$queryRaw`
    SELECT COALESCE(o."provinceCode", '') AS region, count(*)::int AS count
    ${titles(f, { organisation: true })}
    WHERE ${validOn(today)} AND ${accreditationConditions(f)}
    GROUP BY COALESCE(o."provinceCode", '') ORDER BY count(*) DESC, region`;
}

export async function accreditationsByUnit(
  db: Db,
  f: StatisticsFilter,
  today: string,
): Promise<{ unitId: string; count: number }[]> {
  return db.$queryRaw`
    SELECT u.unit_id AS "unitId", count(*)::int AS count
    ${titles(f)} CROSS JOIN LATERAL (SELECT ${unitOf(sql`ac."organisationId"`)} AS unit_id) u
    WHERE ${validOn(today)} AND ${accreditationConditions(f)} AND u.unit_id IS NOT NULL
    GROUP BY u.unit_id ORDER BY count(*) DESC, u.unit_id`;
}

export async function accreditationsValid(db: Db, f: StatisticsFilter, today: string): Promise<number> {
  const [row] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count ${titles(f)} WHERE ${validOn(today)} AND ${accreditationConditions(f)}`;
  return row?.count ?? 0;
}

/** Titles valid today whose last valid day falls within the next `days` days (today included). */
export async function expiringWithin(db: Db, f: StatisticsFilter, today: string, days: number): Promise<number> {
  const [row] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count ${titles(f)}
    WHERE ${validOn(today)} AND ${accreditationConditions(f)}
      AND ac."validUntil" <= (${today}::date + ${days}::int)`;
  return row?.count ?? 0;
}

/** Titles awarded per year (imported ones included): the supply side of the trend. */
export async function awardsByYear(db: Db, f: StatisticsFilter): Promise<{ year: number; count: number }[]> {
  return db.$queryRaw`
    SELECT EXTRACT(YEAR FROM ac."awardedOn")::int AS year, count(*)::int AS count
    ${titles(f)} WHERE ${accreditationConditions(f)}
    GROUP BY 1 ORDER BY 1`;
}

/** Spot checks (Art. 13) of the filtered titles; the year is the campaign's. */
export async function spotCheckOutcomes(
  db: Db,
  f: StatisticsFilter,
): Promise<{ drawn: number; passed: number; failed: number; pending: number }> {
  const [row] = await db.$queryRaw<{ drawn: number; passed: number; failed: number; pending: number }[]>`
    SELECT count(*)::int AS drawn,
      count(*) FILTER (WHERE sc.status = 'PASSED')::int AS passed,
      count(*) FILTER (WHERE sc.status = 'FAILED')::int AS failed,
      count(*) FILTER (WHERE sc.status = 'PENDING')::int AS pending
    FROM "SpotCheck" sc
    JOIN "SpotCheckCampaign" c ON c.id = sc."campaignId"
    JOIN "Accreditation" ac ON ac.id = sc."accreditationId"
    ${f.region ? sql`JOIN "Organisation" o ON o.id = ac."organisationId"` : empty}
    WHERE ${accreditationConditions({ ...f, year: null })} ${f.year != null ? sql`AND c.year = ${f.year}` : empty}`;
  return row ?? { drawn: 0, passed: 0, failed: 0, pending: 0 };
}

/** Revocations (Arts. 11, 13), open or completed, by ground; the year is the year it was opened. */
export async function revocationsByReason(db: Db, f: StatisticsFilter): Promise<{ reason: string; count: number }[]> {
  return db.$queryRaw`
    SELECT rv.reason::text AS reason, count(*)::int AS count
    FROM "Revocation" rv
    JOIN "Accreditation" ac ON ac.id = rv."accreditationId"
    ${f.region ? sql`JOIN "Organisation" o ON o.id = ac."organisationId"` : empty}
    WHERE ${accreditationConditions({ ...f, year: null })} ${f.year != null ? sql`AND EXTRACT(YEAR FROM rv."openedAt") = ${f.year}` : empty}
    GROUP BY rv.reason ORDER BY rv.reason`;
}
