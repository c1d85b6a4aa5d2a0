// Mirrors enum ApplicationStatus in apps/api/schema.graphql; each app has a test that fails when
// the schema gains a status this list (and therefore the labels and colours) does not cover.
export const APPLICATION_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'RECOMMENDED',
  'RETURNED',
  'UNDER_REVIEW',
  'MORE_INFO_REQUESTED',
  'REVIEW_PASSED',
  'REVIEW_FAILED',
  'IN_PUBLIC_NOTICE',
  'ACCREDITED',
  'FAILED',
  'WITHDRAWN',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** antd Tag colours: grey while the applicant holds it, blue/cyan in the association's hands,
 * orange when the applicant must act, green for success, red for a negative outcome. */
export const APPLICATION_STATUS_COLOURS: Record<ApplicationStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'blue',
  RECOMMENDED: 'geekblue',
  RETURNED: 'orange',
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
