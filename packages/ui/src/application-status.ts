// The statuses are the domain's (packages/domain, the lifecycle of RULES.md); the API's enum is
// built from the same list. A contract test fails when the schema's enum differs.
import { APPLICATION_STATUSES, type ApplicationStatus } from '@sme/domain';

export { APPLICATION_STATUSES, type ApplicationStatus };

/** antd Tag colours: grey while the applicant holds it, blue/cyan in the association's hands,
 * orange when the applicant must act, green for success, red for a negative outcome. */
export const APPLICATION_STATUS_COLOURS: Record<ApplicationStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'blue',
  RECOMMENDED: 'geekblue',
  RETURNED: 'orange',
  NOT_RECOMMENDED: 'default',
  UNDER_REVIEW: 'processing',
  MORE_INFO_REQUESTED: 'warning',
  REVIEW_PASSED: 'cyan',
  REVIEW_FAILED: 'volcano',
  IN_PUBLIC_NOTICE: 'purple',
  ACCREDITED: 'success',
  FAILED: 'error',
  WITHDRAWN: 'default',
};

export function isApplicationStatus(value: string): value is ApplicationStatus {
  return (APPLICATION_STATUSES as readonly string[]).includes(value);
}
