import { TITLE_STATUS_NAMES } from '@sme/domain';
import { statusTable } from './status-table';

/** A title's status on a day (Art. 11: three years' validity, renewal in the last year; Arts. 11
 * and 13: revocation). The certificate check's CertificateStatus uses the same names. */
export const TITLE_STATUS = statusTable(TITLE_STATUS_NAMES, {
  NOT_YET_VALID: 'blue',
  VALID: 'green',
  EXPIRING_THIS_YEAR: 'orange',
  EXPIRED: undefined,
  REVOKED: 'red',
});
