import { checkEligibility, type EligibilityCheck, type EligibilityResult } from '@sme/domain';
import { z } from 'zod';
import { builder } from '../../builder.js';
import { ServiceFunctionEnum } from '../application/application.object.js';
import { LocaleEnum, pick } from '../common/locale.js';
import { OrganisationKindEnum } from '../organisation/organisation.object.js';

const nonNegativeInt = z.number().int().min(0, '不能为负数 (must not be negative)');
const nonNegative = z.number().min(0, '不能为负数 (must not be negative)');
const percent = z.number().min(0, '百分比应在 0–100 之间 (0–100)').max(100, '百分比应在 0–100 之间 (0–100)');

const FunctionFactsInput = builder.inputType('FunctionFactsInput', {
  description: 'Art. 6: the figures and attestations of one declared service function. Each function reads the fields its paragraph needs.',
  fields: (t) => ({
    function: t.field({ type: ServiceFunctionEnum, required: true }),
    activitiesPerYear: t.int({ validate: nonNegativeInt }),
    offlineEnterprisesServed: t.int({ validate: nonNegativeInt }),
    onlineServiceSystem: t.boolean(),
    expertDatabase: t.boolean(),
    projectDatabase: t.boolean(),
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
  description: 'The facts an application declares for the two full years before the round (RULES.md, "Declared facts").',
  fields: (t) => ({
    foundedOn: t.field({ type: 'Date', required: true }),
    submittedOn: t.field({ type: 'Date', required: true }),
    independentLegalPerson: t.boolean({ required: true }),
    soundFinances: t.boolean({ required: true }),
    fixedPremises: t.boolean({ required: true }),
    managementRules: t.boolean({ required: true }),
    smallMicroFeeConcessions: t.boolean({ required: true }),
    developmentPlan: t.boolean({ required: true }),
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

const EligibilityCheckRef = builder.objectRef<EligibilityCheck>('EligibilityCheck').implement({
  description: 'One condition of Art. 5 or Art. 6: its article, the threshold, the declared value and whether it holds.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable identifier, e.g. ART5_1_TOTAL_ASSETS.' }),
    article: t.exposeString('article', { description: '"Art. 5(1)" … "Art. 6(5)", or "Art. 6" when no declared function qualifies.' }),
    function: t.field({ type: ServiceFunctionEnum, nullable: true, resolve: (c) => c.function }),
    passed: t.exposeBoolean('passed'),
    required: t.exposeString('required', { nullable: true }),
    actual: t.exposeString('actual', { nullable: true }),
    message: t.string({
      args: { locale: t.arg({ type: LocaleEnum, defaultValue: 'ZH_CN' }) },
      resolve: (c, args) => pick(c.message, args.locale),
    }),
  }),
});

export const EligibilityResultRef = builder.objectRef<EligibilityResult>('EligibilityResult').implement({
  fields: (t) => ({
    eligible: t.exposeBoolean('eligible', { description: 'Every Art. 5 condition holds and at least one declared function meets Art. 6.' }),
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
