import { createHash } from 'node:crypto';
import type { EligibilityFacts, EligibilityResult, OrganisationKind, ServiceFunction } from '@sme/domain';
import { checkEligibility } from '@sme/domain';

// The declared facts of an application (docs/measures.md, "Declared facts"), as the API reads and
// writes them. Every field is nullable: drafts are saved as they are typed.

export const FACT_NUMBER_FIELDS = [
  'totalAssetsYuan',
  'satisfactionPercent',
  'freeOrLowFeeSharePercent',
  'smesServedLastYear',
  'smesServedYearBefore',
  'aggregatedInstitutions',
  'serviceStaff',
  'qualifiedStaff',
] as const;
export const FACT_BOOLEAN_FIELDS = [
  'independentLegalPerson',
  'soundFinances',
  'soundOperation',
  'reputation',
  'fixedPremises',
  'managementRules',
  'reasonableFees',
  'qualityAssurance',
  'smallMicroFeeConcessions',
  'developmentPlan',
  'soundManagementTeam',
  'principalIntegrity',
  'organisesServiceResources',
] as const;
export const FUNCTION_NUMBER_FIELDS = [
  'activitiesPerYear',
  'offlineEnterprisesServed',
  'traineesPerYear',
  'financingFacilitatedYuan',
  'newGuaranteesYuan',
] as const;
export const FUNCTION_BOOLEAN_FIELDS = [
  'onlineServiceSystem',
  'organisesResources',
  'expertDatabase',
  'projectDatabase',
  'instrumentSharing',
  'strongCoaching',
  'startupGuide',
  'serviceHotline',
  'governmentAgencyService',
  'trainingQualification',
  'onlineAndOfflineTraining',
  'trainingEvaluation',
  'guaranteeInstitution',
] as const;

/** The conditions the yes/no facts attest to, in the measures' words (for the schema's descriptions). */
export const FACT_BOOLEAN_DESCRIPTIONS: Partial<Record<(typeof FACT_BOOLEAN_FIELDS)[number], string>> = {
  soundOperation: 'Art. 5(1) 经营规范，具有良好的发展前景和可持续发展能力 — attested by the applicant.',
  reputation: 'Art. 5(2) 在专业服务领域或区域内有一定的声誉和品牌影响力 — attested by the applicant.',
  organisesServiceResources: 'Art. 5(3) 有组织带动社会服务资源的能力 — attested by the applicant.',
  reasonableFees: 'Art. 5(4) 合理的收费标准 — attested by the applicant.',
  qualityAssurance: 'Art. 5(4) 规范的服务流程……和完善的服务质量保证措施 — attested by the applicant.',
  soundManagementTeam: 'Art. 5(5) 有健全的管理团队和人才队伍 — attested by the applicant.',
};

/** Money and share columns are decimals in the database. */
export const DECIMAL_FIELDS = new Set([
  'totalAssetsYuan',
  'satisfactionPercent',
  'freeOrLowFeeSharePercent',
  'financingFacilitatedYuan',
  'newGuaranteesYuan',
]);

type NumberField = (typeof FACT_NUMBER_FIELDS)[number];
type BooleanField = (typeof FACT_BOOLEAN_FIELDS)[number];
type FunctionNumberField = (typeof FUNCTION_NUMBER_FIELDS)[number];
type FunctionBooleanField = (typeof FUNCTION_BOOLEAN_FIELDS)[number];

export type FunctionFactsShape = { function: ServiceFunction } & { [K in FunctionNumberField]: number | null } & {
  [K in FunctionBooleanField]: boolean | null;
};

export type ApplicationFactsShape = {
  foundedOn: string | null;
  organisationKind: OrganisationKind | null;
  functions: FunctionFactsShape[];
  savedAt: Date | null;
} & { [K in NumberField]: number | null } & { [K in BooleanField]: boolean | null };

const SERVICE_FUNCTION_ORDER: ServiceFunction[] = ['INFORMATION', 'TECHNOLOGY', 'STARTUP', 'TRAINING', 'FINANCING'];

export const factsSelect = {
  factsSavedAt: true,
  foundedOn: true,
  organisationKind: true,
  ...Object.fromEntries([...FACT_NUMBER_FIELDS, ...FACT_BOOLEAN_FIELDS].map((f) => [f, true])),
  functions: {
    select: {
      function: true,
      ...Object.fromEntries([...FUNCTION_NUMBER_FIELDS, ...FUNCTION_BOOLEAN_FIELDS].map((f) => [f, true])),
    },
  },
} as const;

const toNumber = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const toBool = (v: unknown): boolean | null => (v === null || v === undefined ? null : Boolean(v));

type Row = Record<string, unknown> & { functions: (Record<string, unknown> & { function: string })[] };

export function factsOf(row: Row): ApplicationFactsShape {
  const facts: Record<string, unknown> = {
    foundedOn:
      row.foundedOn instanceof Date
        ? row.foundedOn.toISOString().slice(0, 10)
        : ((row.foundedOn as string | null) ?? null),
    organisationKind: (row.organisationKind as OrganisationKind | null) ?? null,
    savedAt: (row.factsSavedAt as Date | null) ?? null,
  };
  for (const f of FACT_NUMBER_FIELDS) facts[f] = toNumber(row[f]);
  for (const f of FACT_BOOLEAN_FIELDS) facts[f] = toBool(row[f]);
  facts.functions = [...row.functions]
    .sort(
      (a, b) =>
        SERVICE_FUNCTION_ORDER.indexOf(a.function as ServiceFunction) -
        SERVICE_FUNCTION_ORDER.indexOf(b.function as ServiceFunction),
    )
    .map((fn) => {
      const out: Record<string, unknown> = { function: fn.function };
      for (const f of FUNCTION_NUMBER_FIELDS) out[f] = toNumber(fn[f]);
      for (const f of FUNCTION_BOOLEAN_FIELDS) out[f] = toBool(fn[f]);
      return out;
    });
  return facts as ApplicationFactsShape;
}

/** Art. 5 and Art. 6 on the saved facts, as if submitted on `submittedOn`. */
export function eligibilityOf(facts: ApplicationFactsShape, submittedOn: string): EligibilityResult {
  // The domain is total on missing figures (it runs on half-filled forms), so nulls pass through.
  const input = { ...facts, submittedOn } as unknown as EligibilityFacts;
  return checkEligibility(input);
}

/**
 * A fingerprint of the declared facts: SHA-256 over a canonical JSON (keys sorted, functions in
 * the order of Art. 4, no save time). Printed on the generated forms so a reviewer sees whether
 * the facts changed after the form was printed and sealed.
 */
export function factsFingerprint(facts: ApplicationFactsShape): string {
  const { savedAt: _savedAt, ...declared } = facts;
  // A fact added after forms were printed and sealed, and not declared, leaves the fingerprint as
  // it was: the sealed copy of an unchanged application still matches.
  for (const field of FACTS_ADDED_LATER)
    if (declared[field] === null) delete (declared as Partial<typeof declared>)[field];
  return createHash('sha256').update(canonicalJson(declared)).digest('hex');
}

/** Facts the form gained later: Art. 5(3)'s organising ability. */
const FACTS_ADDED_LATER = ['organisesServiceResources'] as const;

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v === undefined ? null : v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
