import {
  CHECK_KINDS,
  CHECK_STATUSES,
  checkEligibility,
  type EligibilityCheck,
  type EligibilityResult,
} from '@sme/domain';
import { z } from 'zod';
import { builder } from '../../builder.js';
import { bilingual } from '../../graphql/error-classes.js';
import { ServiceFunctionEnum } from './service-function.object.js';
import { LocaleEnum, pick } from '../common/locale.js';
import { OrganisationKindEnum } from '../organisation/organisation.object.js';

const NOT_NEGATIVE = bilingual({ zhCN: '不能为负数', en: 'must not be negative' });
const PERCENT_RANGE = bilingual({ zhCN: '百分比应在0至100之间', en: 'must be a percentage from 0 to 100' });
const nonNegativeInt = z.number().int().min(0, NOT_NEGATIVE);
const nonNegative = z.number().min(0, NOT_NEGATIVE);
const percent = z.number().min(0, PERCENT_RANGE).max(100, PERCENT_RANGE);

// The qualitative conditions are attestations (`EligibilityInput` in schema.graphql): optional, and
// absent or false means not attested.
const attestation = (article: string, wording: string) => ({
  description: `${article} ${wording} — attested by the applicant; absent or false = not attested.`,
});

const FunctionFactsInput = builder.inputType('FunctionFactsInput', {
  description:
    'Art. 6: the figures and attestations of one declared service function. Each function reads the fields its paragraph needs.',
  fields: (t) => ({
    function: t.field({ type: ServiceFunctionEnum, required: true }),
    activitiesPerYear: t.int({ validate: nonNegativeInt }),
    offlineEnterprisesServed: t.int({ validate: nonNegativeInt }),
    onlineServiceSystem: t.boolean(),
    organisesResources: t.boolean(attestation('Art. 6(2)', '具有组织技术服务资源的能力 (TECHNOLOGY)')),
    expertDatabase: t.boolean(),
    projectDatabase: t.boolean(),
    strongCoaching: t.boolean(attestation('Art. 6(3)', '具有较强的创业辅导能力 (STARTUP)')),
    startupGuide: t.boolean(),
    serviceHotline: t.boolean(),
    governmentAgencyService: t.boolean(),
    trainingQualification: t.boolean(),
    onlineAndOfflineTraining: t.boolean(),
    trainingEvaluation: t.boolean(),
    traineesPerYear: t.int({ validate: nonNegativeInt }),
    financingFacilitatedYuan: t.float({ validate: nonNegative }),
    guaranteeInstitution: t.boolean(),
    newGuaranteesYuan: t.float({ validate: nonNegative }),
  }),
});

const EligibilityInput = builder.inputType('EligibilityInput', {
  description:
    'The facts an application declares for the two full years before the round (docs/measures.md, "Declared facts").',
  fields: (t) => ({
    foundedOn: t.field({ type: 'Date', required: true }),
    submittedOn: t.field({ type: 'Date', required: true }),
    independentLegalPerson: t.boolean({ required: true }),
    soundFinances: t.boolean({ required: true }),
    soundOperation: t.boolean(attestation('Art. 5(1)', '经营规范，具有良好的发展前景和可持续发展能力')),
    reputation: t.boolean(attestation('Art. 5(2)', '在专业服务领域或区域内有一定的声誉和品牌影响力')),
    fixedPremises: t.boolean({ required: true }),
    organisesServiceResources: t.boolean(attestation('Art. 5(3)', '有组织带动社会服务资源的能力')),
    managementRules: t.boolean({ required: true }),
    reasonableFees: t.boolean(attestation('Art. 5(4)', '合理的收费标准')),
    qualityAssurance: t.boolean(attestation('Art. 5(4)', '规范的服务流程……和完善的服务质量保证措施')),
    smallMicroFeeConcessions: t.boolean({ required: true }),
    developmentPlan: t.boolean({ required: true }),
    soundManagementTeam: t.boolean(attestation('Art. 5(5)', '有健全的管理团队和人才队伍')),
    principalIntegrity: t.boolean({ required: true }),
    organisationKind: t.field({ type: OrganisationKindEnum, required: true }),
    totalAssetsYuan: t.float({ required: true, validate: nonNegative }),
    satisfactionPercent: t.float({ required: true, validate: percent }),
    freeOrLowFeeSharePercent: t.float({ required: true, validate: percent }),
    smesServedLastYear: t.int({ required: true, validate: nonNegativeInt }),
    smesServedYearBefore: t.int({ required: true, validate: nonNegativeInt }),
    aggregatedInstitutions: t.int({ required: true, validate: nonNegativeInt }),
    serviceStaff: t.int({ required: true, validate: nonNegativeInt }),
    qualifiedStaff: t.int({ required: true, validate: nonNegativeInt }),
    functions: t.field({ type: [FunctionFactsInput], required: true }),
  }),
});

export const CheckKindEnum = builder.enumType('CheckKind', {
  description:
    'MEASURED: a figure or fact compared with the threshold. ATTESTED: a qualitative condition the applicant attests to and a reviewer verifies.',
  values: CHECK_KINDS,
});

export const CheckStatusEnum = builder.enumType('CheckStatus', {
  description:
    'PASSED/FAILED for measured checks; ATTESTED (given, to be verified in review — never passed) or NOT_ATTESTED for attested ones.',
  values: CHECK_STATUSES,
});

const EligibilityCheckRef = builder.objectRef<EligibilityCheck>('EligibilityCheck').implement({
  description:
    'One condition of Art. 5 or Art. 6: its article, kind, the threshold, the declared value and its status.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable identifier, e.g. ART5_1_TOTAL_ASSETS.' }),
    article: t.exposeString('article', {
      description: '"Art. 5(1)" … "Art. 6(5)", or "Art. 6" when no declared function qualifies.',
    }),
    function: t.field({ type: ServiceFunctionEnum, nullable: true, resolve: (c) => c.function }),
    kind: t.field({ type: CheckKindEnum, resolve: (c) => c.kind }),
    status: t.field({ type: CheckStatusEnum, resolve: (c) => c.status }),
    passed: t.exposeBoolean('passed', {
      description:
        'The check does not stand in the way of eligibility: status PASSED, or ATTESTED (still to be verified in review). See status and kind.',
    }),
    required: t.string({
      nullable: true,
      description: 'The threshold, in words of the locale.',
      args: { locale: t.arg({ type: LocaleEnum }) },
      resolve: (c, args, ctx) => (c.requiredText ? pick(c.requiredText, args.locale ?? ctx.locale) : c.required),
    }),
    actual: t.string({
      nullable: true,
      description: 'The declared value, in words of the locale; null when not declared.',
      args: { locale: t.arg({ type: LocaleEnum }) },
      resolve: (c, args, ctx) => (c.actualText ? pick(c.actualText, args.locale ?? ctx.locale) : c.actual),
    }),
    message: t.string({
      description: "In the requested locale, else the caller's language (Accept-Language), Chinese by default.",
      args: { locale: t.arg({ type: LocaleEnum }) },
      resolve: (c, args, ctx) => pick(c.message, args.locale ?? ctx.locale),
    }),
  }),
});

export const EligibilityResultRef = builder.objectRef<EligibilityResult>('EligibilityResult').implement({
  fields: (t) => ({
    eligible: t.exposeBoolean('eligible', {
      description:
        'Every measured Art. 5 condition holds, every attestation is given, and at least one declared function meets Art. 6 in full.',
    }),
    qualifiedFunctions: t.field({
      type: [ServiceFunctionEnum],
      description: 'Declared functions whose Art. 6 requirement holds, whatever Art. 5 says.',
      resolve: (r) => r.qualifiedFunctions,
    }),
    checks: t.field({ type: [EligibilityCheckRef], resolve: (r) => r.checks }),
  }),
});

builder.queryField('eligibilityPreview', (t) =>
  t.field({
    type: EligibilityResultRef,
    description: 'Art. 5 and Art. 6 applied to declared facts. Public: it computes and stores nothing.',
    skipTypeScopes: true,
    authScopes: { public: true },
    args: { input: t.arg({ type: EligibilityInput, required: true }) },
    resolve: (_root, { input }) => checkEligibility(input),
  }),
);
