import type { guideZhCN } from './guide-zh-CN';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const guideEn: Shape<typeof guideZhCN> = {
  header: {
    publicNotices: 'Public notices and objections',
    publicRegister: 'Register of platforms',
    publicVerify: 'Verify a certificate',
    association: 'Run by {{name}}',
  },
  membership: {
    title: 'Your organisation is not yet a member of the association',
    pendingTitle: 'Your membership request is under review',
    body: 'Only members of the association may apply (Art. 2). You may fill in the application and upload materials now, but you cannot submit it until your membership request is approved.',
    pendingBody:
      'Only members of the association may apply (Art. 2). You may fill in the application and upload materials now; you can submit once the Membership Department approves your request.',
    action: 'Request membership',
    view: 'View membership',
  },
  blockers: {
    title: 'Still to do before submitting',
    none: 'Nothing blocks submission: you may submit.',
    membership: 'Your organisation is not yet a member of the association (Art. 2)',
    membershipPending: 'Your membership request is still under review (Art. 2)',
    materials: 'Required materials missing: {{names}}',
    eligibility: '{{count}} eligibility condition(s) not met (Arts. 5 and 6)',
    goMembership: 'Membership',
    goMaterials: 'Upload materials',
  },
  confirmSubmit: {
    title: 'Submit the application?',
    resubmitTitle: 'Resubmit the application?',
    body: 'Once submitted, these are frozen and can no longer be changed: the facts you entered, the materials you uploaded and the eligibility result. The recommending unit then reviews the application (Art. 2).',
    ok: 'Submit',
  },
  withdraw: {
    body: 'Once withdrawn, the application takes no further part in this round; to apply again, start a new application in an open round.',
  },
  number: {
    noNegative: 'Cannot be negative',
  },
  workbench: {
    annualReports: 'Annual service reports to send',
    annualReportOf: 'Service report for {{year}} · certificate {{number}}',
    overdueSince: 'Overdue (due {{date}})',
    spotChecks: 'Spot checks to answer',
    spotChecksHint: 'Send the evidence the spot check asks for (Art. 13)',
    noSpotChecks: 'No spot check to answer',
    renewal: 'Titles you may renew',
    renewalHint: 'You may apply again in the year the title expires (Art. 11)',
    requests: 'Requests for information to answer',
    dueOn: 'due {{date}}',
    noDue: 'no due date',
    open: 'Open',
    noApplicationsMemberHint: 'Create an application in an open round.',
  },
};
