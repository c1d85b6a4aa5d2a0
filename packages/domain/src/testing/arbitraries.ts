// Generators shared by the property tests (not exported from the package).
import fc from 'fast-check';
import type { EligibilityFacts, FunctionFacts } from '../eligibility/eligibility';

const optionalBool = fc.option(fc.boolean(), { nil: undefined });
const figure = fc.oneof(fc.integer({ min: 0, max: 400 }), fc.constant(Number.NaN));
export const functionFactsArbitrary: fc.Arbitrary<FunctionFacts> = fc.record({
  function: fc.constantFrom('INFORMATION', 'TECHNOLOGY', 'STARTUP', 'TRAINING', 'FINANCING'),
  activitiesPerYear: fc.integer({ min: 0, max: 20 }),
  offlineEnterprisesServed: figure,
  onlineServiceSystem: optionalBool,
  organisesResources: optionalBool,
  expertDatabase: optionalBool,
  projectDatabase: optionalBool,
  strongCoaching: optionalBool,
  startupGuide: optionalBool,
  serviceHotline: optionalBool,
  governmentAgencyService: optionalBool,
  trainingQualification: optionalBool,
  onlineAndOfflineTraining: optionalBool,
  trainingEvaluation: optionalBool,
  traineesPerYear: fc.integer({ min: 1500, max: 2500 }),
  financingFacilitatedYuan: fc.integer({ min: 700_000_000, max: 900_000_000 }),
  guaranteeInstitution: optionalBool,
  newGuaranteesYuan: fc.integer({ min: 2_900_000_000, max: 3_100_000_000 }),
});
export const eligibilityFactsArbitrary: fc.Arbitrary<EligibilityFacts> = fc.record({
  foundedOn: fc.constantFrom('2023-01-01', '2024-02-29', '2024-11-26', ''),
  submittedOn: fc.constantFrom('2026-02-28', '2026-03-01', '2026-11-25'),
  independentLegalPerson: fc.boolean(),
  soundFinances: fc.boolean(),
  soundOperation: optionalBool,
  reputation: optionalBool,
  fixedPremises: fc.boolean(),
  organisesServiceResources: optionalBool,
  managementRules: fc.boolean(),
  reasonableFees: optionalBool,
  qualityAssurance: optionalBool,
  smallMicroFeeConcessions: fc.boolean(),
  developmentPlan: fc.boolean(),
  soundManagementTeam: optionalBool,
  principalIntegrity: fc.boolean(),
  organisationKind: fc.constantFrom('SME_SERVICE_INSTITUTION', 'RESEARCH_INSTITUTE', 'INTERNET_ENTERPRISE'),
  totalAssetsYuan: fc.oneof(
    fc.integer({ min: 2_900_000, max: 3_100_000 }),
    fc.double({ min: 0, max: 1e10, noNaN: true }),
  ),
  satisfactionPercent: fc.integer({ min: 70, max: 100 }),
  freeOrLowFeeSharePercent: fc.integer({ min: 10, max: 30 }),
  smesServedLastYear: fc.integer({ min: 140, max: 200 }),
  smesServedYearBefore: fc.integer({ min: 140, max: 200 }),
  aggregatedInstitutions: fc.integer({ min: 3, max: 8 }),
  serviceStaff: fc.integer({ min: 0, max: 40 }),
  qualifiedStaff: fc.integer({ min: 0, max: 40 }),
  functions: fc.array(functionFactsArbitrary, { maxLength: 3 }),
});
