// The complete declared facts of one application that meets Art. 5 and, for TRAINING, Art. 6:
// the one fixture the API's submission test and the portal's facts-form test both start from,
// so a change to the declared facts (a new field, a new threshold) is made in one place.
import type { EligibilityFacts, FunctionFacts } from '../eligibility/eligibility';

export type CompleteApplicationFacts = Omit<EligibilityFacts, 'submittedOn' | 'functions'> & {
  functions: FunctionFacts[];
};

export const trainingFunctionFacts = {
  function: 'TRAINING',
  traineesPerYear: 2600,
  trainingQualification: true,
  onlineAndOfflineTraining: true,
  trainingEvaluation: true,
} as const satisfies FunctionFacts;

/** A second function (Art. 6(5)) for tests that declare two; it too meets its thresholds. */
export const financingFunctionFacts = {
  function: 'FINANCING',
  activitiesPerYear: 12,
  financingFacilitatedYuan: 850_000_000,
  guaranteeInstitution: false,
  newGuaranteesYuan: null,
} as const satisfies FunctionFacts;

export const completeApplicationFacts: CompleteApplicationFacts = {
  foundedOn: '2015-03-18',
  organisationKind: 'SME_SERVICE_INSTITUTION',
  totalAssetsYuan: 5_200_000,
  satisfactionPercent: 92.5,
  freeOrLowFeeSharePercent: 35,
  smesServedLastYear: 420,
  smesServedYearBefore: 365,
  aggregatedInstitutions: 12,
  serviceStaff: 36,
  qualifiedStaff: 31,
  independentLegalPerson: true,
  soundFinances: true,
  soundOperation: true,
  reputation: true,
  fixedPremises: true,
  organisesServiceResources: true,
  managementRules: true,
  reasonableFees: true,
  qualityAssurance: true,
  smallMicroFeeConcessions: true,
  developmentPlan: true,
  soundManagementTeam: true,
  principalIntegrity: true,
  functions: [trainingFunctionFacts],
};
