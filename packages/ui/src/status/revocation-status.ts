import { REVOCATION_STATUS_NAMES } from '@sme/domain';
import { statusTable } from './status-table';

/** Arts. 11 and 13: a revocation, open until completed with its effective date. */
export const REVOCATION_STATUS = statusTable(REVOCATION_STATUS_NAMES, { OPEN: 'orange', COMPLETED: 'red' });
