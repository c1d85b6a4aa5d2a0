// A deterministic data set at the scale of a decade of rounds, written with set-based SQL
// (generate_series) so the same statements fill PostgreSQL in seconds and PGlite in a minute.
// Nothing is random: every choice is arithmetic on the row number, so two runs compare.
export type Scale = { organisations: number; applications: number; years: number };

export const FULL: Scale = { organisations: 10_000, applications: 100_000, years: 10 };
export const SMALL: Scale = { organisations: 500, applications: 5_000, years: 10 };

const PROVINCES = [
  '110000',
  '120000',
  '130000',
  '310000',
  '320000',
  '330000',
  '340000',
  '350000',
  '370000',
  '410000',
  '420000',
  '430000',
  '440000',
  '500000',
  '510000',
  '610000',
];
const LIVE = [
  'DRAFT',
  'SUBMITTED',
  'RECOMMENDED',
  'RETURNED',
  'UNDER_REVIEW',
  'MORE_INFO_REQUESTED',
  'REVIEW_PASSED',
  'IN_PUBLIC_NOTICE',
];
const DONE = [
  'ACCREDITED',
  'ACCREDITED',
  'ACCREDITED',
  'REVIEW_FAILED',
  'REVIEW_FAILED',
  'WITHDRAWN',
  'NOT_RECOMMENDED',
  'FAILED',
];
const FUNCTIONS = ['INFORMATION', 'TECHNOLOGY', 'STARTUP', 'TRAINING', 'FINANCING'];

const arr = (xs: string[]) => `ARRAY[${xs.map((x) => `'${x}'`).join(',')}]`;

/** The statements, in order. `adminId` is an existing user who appears as actor. */
export function generationSql(scale: Scale, adminId: string): string[] {
  const rounds = scale.years * 2;
  const perRound = Math.ceil(scale.applications / rounds);
  const liveRounds = Math.max(1, Math.round(rounds * 0.2)); // the newest fifth of rounds are still running
  const firstYear = 2026 - scale.years + 1;
  const n = scale.applications;
  return [
    `INSERT INTO "Unit" (id, code, name, kind) SELECT 'bu' || u, 'BENCH' || u, '基准单位' || u,
       (CASE WHEN u = 0 THEN 'MEMBERSHIP_DEPARTMENT' ELSE 'DEPARTMENT' END)::"UnitKind" FROM generate_series(0, 5) u`,
    `INSERT INTO "Organisation" (id, name, "creditCode", "provinceCode", "contactName", "contactPhone", "contactEmail", "updatedAt")
       SELECT 'bo' || i, '基准服务机构' || i, '91' || lpad(i::text, 16, '0'), (${arr(PROVINCES)})[1 + i % ${PROVINCES.length}],
              '联系人' || i, '1380000' || lpad((i % 10000)::text, 4, '0'), 'org' || i || '@bench.test', now()
       FROM generate_series(0, ${scale.organisations - 1}) i`,
    `INSERT INTO "Membership" (id, "organisationId", "unitId", since, status)
       SELECT 'bm' || i, 'bo' || i, 'bu' || (i % 6), DATE '2015-01-01' + (i % 3000), 'ACTIVE' FROM generate_series(0, ${scale.organisations - 1}) i`,
    `INSERT INTO "Round" (id, year, sequence, name, "opensOn", "submissionDeadline", "reviewEndsOn")
       SELECT 'br' || r, ${firstYear} + r / 2, 1 + r % 2, (${firstYear} + r / 2) || '年第' || (CASE WHEN r % 2 = 0 THEN '一' ELSE '二' END) || '批',
              make_date(${firstYear} + r / 2, 1 + 6 * (r % 2), 1), make_date(${firstYear} + r / 2, 3 + 6 * (r % 2), 30), make_date(${firstYear} + r / 2, 5 + 6 * (r % 2), 30)
       FROM generate_series(0, ${rounds - 1}) r`,
    // Application i belongs to round i % rounds and organisation (i / rounds) % organisations:
    // within a round every organisation appears at most once (the live-application rule).
    `INSERT INTO "Application" (id, "roundId", "organisationId", status, version, "submittedAt", "decidedAt", "createdAt", "updatedAt", "createdById",
        "foundedOn", "organisationKind", "totalAssetsYuan", "satisfactionPercent", "smesServedLastYear", "smesServedYearBefore",
        "aggregatedInstitutions", "freeOrLowFeeSharePercent", "serviceStaff", "qualifiedStaff", "independentLegalPerson", "soundFinances",
        "fixedPremises", "managementRules", "smallMicroFeeConcessions", "developmentPlan", "principalIntegrity", "factsSavedAt")
     SELECT 'ba' || i, 'br' || (i % ${rounds}), 'bo' || ((i / ${rounds}) % ${scale.organisations}),
        (CASE WHEN i % ${rounds} >= ${rounds - liveRounds} THEN (${arr(LIVE)})[1 + (i * 7) % ${LIVE.length}]
              ELSE (${arr(DONE)})[1 + (i * 7) % ${DONE.length}] END)::"ApplicationStatus",
        1 + i % 5,
        ts, ts + ((5 + i % 60) || ' days')::interval, ts - interval '10 days',
        ts + ((i % 90) || ' days')::interval + (i || ' seconds')::interval, '${adminId}',
        DATE '2010-01-01' + (i % 2000), 'SME_SERVICE_INSTITUTION', 3000000 + (i % 1000) * 10000, 80 + (i % 20), 150 + i % 400, 140 + i % 300,
        5 + i % 20, 20 + i % 50, 20 + i % 80, 18 + i % 60, true, true, true, true, true, true, true, ts - interval '10 days'
     FROM (SELECT i, make_date(${firstYear} + (i % ${rounds}) / 2, 2 + 6 * ((i % ${rounds}) % 2), 1 + i % 28)::timestamp AS ts
           FROM generate_series(0, ${n - 1}) i) s`,
    `INSERT INTO "ApplicationFunction" (id, "applicationId", function, "activitiesPerYear", "offlineEnterprisesServed", "traineesPerYear")
       SELECT 'bf' || i || '_' || k, 'ba' || i, (${arr(FUNCTIONS)})[1 + (i + k) % 5]::"ServiceFunction", 10 + i % 20, 150 + i % 300, 2000 + i % 500
       FROM generate_series(0, ${n - 1}) i, generate_series(0, 1) k WHERE k = 0 OR i % 3 = 0`,
    `INSERT INTO "Material" (id, "applicationId", kind) SELECT 'bmat' || a.id || '_' || k, a.id, k
       FROM "Application" a, generate_series(1, 8) k WHERE a.status <> 'DRAFT'`,
    `INSERT INTO "MaterialVersion" (id, "materialId", version, "fileName", "mimeType", "sizeBytes", sha256, "storageKey", "uploadedById")
       SELECT 'bv' || m.id, m.id, 1, '材料' || m.kind || '.pdf', 'application/pdf', 100000 + length(m.id) * 997, md5(m.id) || md5(m.id || 'x'), 'bench/' || m.id, '${adminId}'
       FROM "Material" m`,
    `INSERT INTO "TimelineEntry" (id, "subjectType", "subjectId", "applicationId", at, action, "fromStatus", status, "actorId")
       SELECT 'bt' || a.id || '_' || k, 'Application', a.id, a.id, a."createdAt" + (k || ' days')::interval,
              (ARRAY['submit','recommend','startReview','passReview'])[k], NULL, a.status::text, '${adminId}'
       FROM "Application" a, generate_series(1, 4) k WHERE a.status <> 'DRAFT'`,
    `INSERT INTO "User" (id, email, "displayName", "passwordHash", roles, "updatedAt")
       SELECT 'brev' || r, 'reviewer' || r || '@bench.test', '评审专家' || r, 'x', ARRAY['REVIEWER']::"Role"[], now() FROM generate_series(0, 49) r`,
    `INSERT INTO "ReviewerAssignment" (id, "applicationId", "reviewerId", "completedAt", recommendation, comment, "weightedScore")
       SELECT 'bra' || a.id || '_' || k, a.id, 'brev' || ((substr(a.id, 3)::int + k * 17) % 50), a."decidedAt", 'PASS', '符合条件', 60 + (substr(a.id, 3)::int % 40)
       FROM "Application" a, generate_series(0, 1) k
       WHERE a.status IN ('UNDER_REVIEW', 'MORE_INFO_REQUESTED', 'REVIEW_PASSED', 'REVIEW_FAILED', 'IN_PUBLIC_NOTICE', 'ACCREDITED', 'FAILED')`,
    `INSERT INTO "ReviewScore" (id, "assignmentId", criterion, score)
       SELECT ra.id || '_' || c, ra.id, 'C' || c, 5 + (length(ra.id) + c) % 5 FROM "ReviewerAssignment" ra, generate_series(1, 4) c`,
    `INSERT INTO "Accreditation" (id, "organisationId", "applicationId", "certificateNumber", functions, "awardedOn", "validFrom", "validUntil")
       SELECT 'bacc' || substr(a.id, 3), a."organisationId", a.id, 'SMEPSP-B-' || substr(a.id, 3), ARRAY[(${arr(FUNCTIONS)})[1 + substr(a.id, 3)::int % 5]]::"ServiceFunction"[],
              a."decidedAt"::date + 20, a."decidedAt"::date + 20, (a."decidedAt"::date + 20 + interval '3 years' - interval '1 day')::date
       FROM "Application" a WHERE a.status = 'ACCREDITED'`,
    `INSERT INTO "SpotCheckCampaign" (id, name, year, seed, "sampleSize", "populationSize", "drawnById")
       SELECT 'bsc' || y, y || '年度抽查', y, 'seed' || y, 300, 3000, '${adminId}' FROM generate_series(${firstYear}, 2026) y`,
    `INSERT INTO "SpotCheck" (id, "campaignId", "accreditationId", position, status)
       SELECT 'bck' || acc.id, 'bsc' || extract(year FROM acc."awardedOn")::int, acc.id, row_number() OVER (ORDER BY acc.id),
              (ARRAY['PASSED','PASSED','PASSED','FAILED','PENDING'])[1 + substr(acc.id, 5)::int % 5]::"SpotCheckStatus"
       FROM "Accreditation" acc WHERE substr(acc.id, 5)::int % 10 = 0 AND extract(year FROM acc."awardedOn")::int <= 2026`,
    `INSERT INTO "Revocation" (id, "accreditationId", reason, status, description, evidence, "effectiveOn", "decidedById", "decidedAt", "spotCheckId")
       SELECT 'brv' || sc.id, sc."accreditationId", 'FAILED_SPOT_CHECK', 'COMPLETED', '抽查不合格', '抽查记录', acc."validFrom" + 200, '${adminId}', now(), sc.id
       FROM "SpotCheck" sc JOIN "Accreditation" acc ON acc.id = sc."accreditationId" WHERE sc.status = 'FAILED'`,
    `ANALYZE`,
  ];
}
