import { SPOT_CHECK_STATUS_NAMES } from '@sme/domain';
import { statusTable } from './status-table';

/** Art. 13: one spot check, from drawn to its result. */
export const SPOT_CHECK_STATUS = statusTable(SPOT_CHECK_STATUS_NAMES, {
  PENDING: undefined,
  EVIDENCE_REQUESTED: 'orange',
  RESPONDED: 'blue',
  PASSED: 'green',
  FAILED: 'red',
});
