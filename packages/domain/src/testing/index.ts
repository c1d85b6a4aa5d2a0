// Fixtures for tests of the packages that use the domain (`@sme/domain/testing`); never imported
// by application code.
export {
  completeApplicationFacts,
  financingFunctionFacts,
  trainingFunctionFacts,
  type CompleteApplicationFacts,
} from './application-facts';
