import { PUBLIC_NOTICE_ENTRY_OUTCOME_NAMES, PUBLIC_NOTICE_STATUS_NAMES } from '@sme/domain';
import { statusTable } from './status-table';

/** Art. 8: a public notice (公示) as stored; the console shows its state on a day (running, over). */
export const NOTICE_STATUS = statusTable(PUBLIC_NOTICE_STATUS_NAMES, {
  DRAFT: 'default',
  PUBLISHED: 'blue',
  CLOSED: 'default',
});

/** Art. 8: what became of an application in a notice. */
export const NOTICE_ENTRY_OUTCOME = statusTable(PUBLIC_NOTICE_ENTRY_OUTCOME_NAMES, {
  PENDING: 'blue',
  CLEARED: '#237804',
  FAILED: 'red',
});
