import { SERVICE_FUNCTIONS } from '@sme/domain';
import { builder } from '../../builder.js';

// Art. 4 defines the functions and Art. 5 tests each against its thresholds, so the enum lives
// with eligibility; applications, titles, experts and statistics use it from here.
export const ServiceFunctionEnum = builder.enumType('ServiceFunction', {
  description: 'Art. 4: the five service function categories.',
  values: SERVICE_FUNCTIONS,
});
