import { MEMBERSHIP_REQUEST_STATUS_NAMES } from '@sme/domain';
import { statusTable } from './status-table';

/** Art. 2: a request to join the association, decided by the Membership Department. */
export const MEMBERSHIP_REQUEST_STATUS = statusTable(MEMBERSHIP_REQUEST_STATUS_NAMES, {
  PENDING: 'blue',
  APPROVED: '#237804',
  REFUSED: 'red',
});
