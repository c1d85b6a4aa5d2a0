import type { EligibilityFacts, FunctionFacts, OrganisationKind, ServiceFunction } from '@sme/domain';
import { SERVICE_FUNCTIONS } from '@sme/domain';

// The editor's form values and the two ways they leave the page: as `ApplicationFactsInput` for
// saveApplicationFacts, and as the domain's `EligibilityFacts` for the live panel (the same
// function the API runs). Money is typed in 万元 and stored in yuan.

export const ART5_NUMBER_FIELDS = [
  'satisfactionPercent',
  'freeOrLowFeeSharePercent',
  'smesServedLastYear',
  'smesServedYearBefore',
  'aggregatedInstitutions',
  'serviceStaff',
  'qualifiedStaff',
] as const;

/** Art. 5 yes/no attestations, in the order of the article. */
export const ART5_ATTESTATIONS = [
  'independentLegalPerson',
  'soundFinances',
  'soundOperation',
  'reputation',
  'fixedPremises',
  'organisesServiceResources',
  'managementRules',
  'qualityAssurance',
  'reasonableFees',
  'smallMicroFeeConcessions',
  'developmentPlan',
  'soundManagementTeam',
  'principalIntegrity',
] as const;

export type FunctionNumberField = 'activitiesPerYear' | 'offlineEnterprisesServed' | 'traineesPerYear';
export type FunctionMoneyField = 'financingFacilitatedYuan' | 'newGuaranteesYuan';
export type FunctionBooleanField =
  | 'onlineServiceSystem'
  | 'organisesResources'
  | 'expertDatabase'
  | 'projectDatabase'
  | 'instrumentSharing'
  | 'strongCoaching'
  | 'startupGuide'
  | 'serviceHotline'
  | 'governmentAgencyService'
  | 'trainingQualification'
  | 'onlineAndOfflineTraining'
  | 'trainingEvaluation'
  | 'guaranteeInstitution';

/** The fields of each function's requirement in Art. 6, in the order of the paragraph. */
export const FUNCTION_FIELDS: Record<
  ServiceFunction,
  { numbers: FunctionNumberField[]; money: FunctionMoneyField[]; booleans: FunctionBooleanField[] }
> = {
  INFORMATION: {
    numbers: ['offlineEnterprisesServed', 'activitiesPerYear'],
    money: [],
    booleans: ['onlineServiceSystem'],
  },
  TECHNOLOGY: {
    numbers: ['activitiesPerYear'],
    money: [],
    booleans: ['organisesResources', 'expertDatabase', 'projectDatabase', 'instrumentSharing'],
  },
  STARTUP: {
    numbers: ['activitiesPerYear'],
    money: [],
    booleans: ['strongCoaching', 'projectDatabase', 'startupGuide', 'serviceHotline', 'governmentAgencyService'],
  },
  TRAINING: {
    numbers: ['traineesPerYear'],
    money: [],
    booleans: ['trainingQualification', 'onlineAndOfflineTraining', 'trainingEvaluation'],
  },
  FINANCING: {
    numbers: ['activitiesPerYear'],
    money: ['financingFacilitatedYuan', 'newGuaranteesYuan'],
    booleans: ['guaranteeInstitution'],
  },
};

type Art5Number = (typeof ART5_NUMBER_FIELDS)[number];
type Art5Attestation = (typeof ART5_ATTESTATIONS)[number];

/** One function's part of the form; money fields hold 万元 under their yuan names + "Wan". */
export type FunctionValues = { [K in FunctionNumberField]?: number | null } & {
  financingFacilitatedWan?: number | null;
  newGuaranteesWan?: number | null;
} & { [K in FunctionBooleanField]?: boolean | null };

export type FactsFormValues = {
  functions: ServiceFunction[];
  foundedOn?: string | null;
  organisationKind?: OrganisationKind | null;
  totalAssetsWan?: number | null;
  fn: Partial<Record<ServiceFunction, FunctionValues>>;
} & { [K in Art5Number]?: number | null } & { [K in Art5Attestation]?: boolean | null };

/** The facts as the API returns them (ApplicationFacts); null until first saved. */
export type SavedFacts = {
  foundedOn?: string | null;
  organisationKind?: OrganisationKind | null;
  totalAssetsYuan?: number | null;
  functions: ({ function: ServiceFunction } & { [K in FunctionNumberField | FunctionMoneyField]?: number | null } & {
    [K in FunctionBooleanField]?: boolean | null;
  })[];
} & { [K in Art5Number]?: number | null } & { [K in Art5Attestation]?: boolean | null };

export type FactsInput = {
  foundedOn: string | null;
  organisationKind: OrganisationKind | null;
  totalAssetsYuan: number | null;
  functions: ({ function: ServiceFunction } & Record<string, number | boolean | null>)[];
} & { [K in Art5Number]: number | null } & { [K in Art5Attestation]: boolean | null };

const WAN = 10_000;

/** 万元 → yuan, to the fen (decimals typed in 万元 are not turned into float noise). */
export function wanToYuan(wan: number | null | undefined): number | null {
  if (wan === null || wan === undefined || !Number.isFinite(wan)) return null;
  return Math.round(wan * WAN * 100) / 100;
}

/** yuan → 万元, to the fen (six decimals of 万元). */
export function yuanToWan(yuan: number | null | undefined): number | null {
  if (yuan === null || yuan === undefined || !Number.isFinite(yuan)) return null;
  return Math.round(yuan * 100) / 1_000_000;
}

const num = (v: number | null | undefined): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const bool = (v: boolean | null | undefined): boolean | null => (typeof v === 'boolean' ? v : null);
const moneyWanName = (f: FunctionMoneyField): 'financingFacilitatedWan' | 'newGuaranteesWan' =>
  f === 'financingFacilitatedYuan' ? 'financingFacilitatedWan' : 'newGuaranteesWan';

/** Chosen functions in the order of Art. 4, each once. */
export function orderedFunctions(functions: readonly ServiceFunction[]): ServiceFunction[] {
  return SERVICE_FUNCTIONS.filter((f) => functions.includes(f));
}

/** The form's starting values: the saved facts, or the functions chosen when the draft was made. */
export function formValuesOf(
  saved: SavedFacts | null | undefined,
  declaredFunctions: readonly ServiceFunction[],
): FactsFormValues {
  const values: FactsFormValues = { functions: orderedFunctions(declaredFunctions), fn: {} };
  for (const f of declaredFunctions) values.fn[f] = {};
  if (!saved) return values;
  values.foundedOn = saved.foundedOn ?? null;
  values.organisationKind = saved.organisationKind ?? null;
  values.totalAssetsWan = yuanToWan(saved.totalAssetsYuan);
  for (const f of ART5_NUMBER_FIELDS) values[f] = num(saved[f]);
  for (const f of ART5_ATTESTATIONS) values[f] = bool(saved[f]);
  for (const saved_ of saved.functions) {
    const part: FunctionValues = {};
    const fields = FUNCTION_FIELDS[saved_.function];
    for (const f of fields.numbers) part[f] = num(saved_[f]);
    for (const f of fields.money) part[moneyWanName(f)] = yuanToWan(saved_[f]);
    for (const f of fields.booleans) part[f] = bool(saved_[f]);
    values.fn[saved_.function] = part;
  }
  return values;
}

function functionInput(
  fn: ServiceFunction,
  part: FunctionValues | undefined,
): { function: ServiceFunction } & Record<string, number | boolean | null> {
  const fields = FUNCTION_FIELDS[fn];
  const out = { function: fn } as { function: ServiceFunction } & Record<string, number | boolean | null>;
  for (const f of fields.numbers) out[f] = num(part?.[f]);
  for (const f of fields.money) out[f] = wanToYuan(part?.[moneyWanName(f)]);
  for (const f of fields.booleans) out[f] = bool(part?.[f]);
  return out;
}

/**
 * Everything on the form as `ApplicationFactsInput`: a cleared field is sent as null (the API
 * clears it), and `functions` lists the chosen functions with their Art. 6 fields.
 */
export function factsInputOf(values: FactsFormValues): FactsInput {
  const input = {
    foundedOn: values.foundedOn || null,
    organisationKind: values.organisationKind ?? null,
    totalAssetsYuan: wanToYuan(values.totalAssetsWan),
    functions: orderedFunctions(values.functions ?? []).map((f) => functionInput(f, values.fn?.[f])),
  } as FactsInput;
  for (const f of ART5_NUMBER_FIELDS) input[f] = num(values[f]);
  for (const f of ART5_ATTESTATIONS) input[f] = bool(values[f]);
  return input;
}

/** The same values as the domain's eligibility input, as if submitted on `today`. */
export function eligibilityFactsOf(values: FactsFormValues, today: string): EligibilityFacts {
  const input = factsInputOf(values);
  // The domain is total on missing figures (it runs on half-filled forms), so nulls pass through.
  return {
    ...input,
    submittedOn: today,
    functions: input.functions as unknown as FunctionFacts[],
  } as unknown as EligibilityFacts;
}

/** Where the API's field path (["input", "facts", "functions", 1, "traineesPerYear"]) is on the form. */
export function formFieldOfPath(
  path: readonly (string | number)[],
  values: FactsFormValues,
): (string | number)[] | null {
  const at = path.indexOf('facts');
  const rest = (at >= 0 ? path.slice(at + 1) : path).map(String);
  const [head, index, field] = rest;
  if (!head) return null;
  if (head === 'functions') {
    const fn =
      index !== undefined && /^\d+$/.test(index) ? orderedFunctions(values.functions ?? [])[Number(index)] : undefined;
    if (!fn || !field) return ['functions'];
    if (field === 'financingFacilitatedYuan' || field === 'newGuaranteesYuan') return ['fn', fn, moneyWanName(field)];
    return ['fn', fn, field];
  }
  if (head === 'totalAssetsYuan') return ['totalAssetsWan'];
  return [head];
}
