import { OBJECTION_STATUS_NAMES } from '@sme/domain';
import { statusTable } from './status-table';

/** Art. 8: an objection to a notice and the association's decision on it. */
export const OBJECTION_STATUS = statusTable(OBJECTION_STATUS_NAMES, {
  PENDING: 'blue',
  UPHELD: 'red',
  DISMISSED: 'default',
});
