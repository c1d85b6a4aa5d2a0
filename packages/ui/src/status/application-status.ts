// The statuses are the domain's (packages/domain, the application's lifecycle); the API's enum is
// built from the same list. A contract test fails when the schema's enum differs.
import { APPLICATION_STATUSES, APPLICATION_STATUS_NAMES, type ApplicationStatus } from '@sme/domain';
import { statusTable } from './status-table';

export { APPLICATION_STATUSES, type ApplicationStatus };

/** antd Tag colours, only those whose text reads at 4.5:1 or better (axe): grey while the
 * applicant holds it, blues in the association's hands, magenta when the applicant must act,
 * purple in public notice, solid dark green for success, red for a negative outcome. */
export const APPLICATION_STATUS_COLOURS: Record<ApplicationStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'blue',
  RECOMMENDED: 'geekblue',
  RETURNED: 'magenta',
  NOT_RECOMMENDED: 'red',
  UNDER_REVIEW: 'blue',
  MORE_INFO_REQUESTED: 'magenta',
  REVIEW_PASSED: 'geekblue',
  REVIEW_FAILED: 'red',
  IN_PUBLIC_NOTICE: 'purple',
  ACCREDITED: '#237804',
  FAILED: 'red',
  WITHDRAWN: 'default',
};

export const APPLICATION_STATUS = statusTable(APPLICATION_STATUS_NAMES, APPLICATION_STATUS_COLOURS);

export function isApplicationStatus(value: string): value is ApplicationStatus {
  return (APPLICATION_STATUSES as readonly string[]).includes(value);
}
