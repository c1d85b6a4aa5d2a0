import type { zhCN } from './zh-CN';

// The same keys as zh-CN.ts, in English.
export const en: typeof zhCN = {
  nav: { requests: 'Membership requests' },
  end: {
    button: 'End membership',
    title: 'End the membership of {{name}}',
    ok: 'End membership',
    confirmTitle: "End this organisation's membership?",
    confirmBody: 'It can then no longer submit applications (Art. 2); the membership record is kept.',
    endedOn: 'End date',
    reason: 'Reason',
    done: 'Membership ended',
    failed: 'Could not end the membership; try again',
  },
  requests: {
    title: 'Membership requests',
    description:
      'Requests to join the association (Art. 2): choose the unit that developed the member (a division, the magazine, a branch; the Membership Department for direct members), then approve or refuse.',
    status: 'Status',
    allStatuses: 'All statuses',
    organisation: 'Organisation',
    creditCode: 'Unified social credit code',
    contact: 'Contact',
    requestedAt: 'Requested at',
    note: 'Note',
    decision: 'Decision',
    empty: 'No membership requests',
    emptyHint: 'Organisations appear here once they register in the portal and apply for membership.',
    approve: 'Approve',
    refuse: 'Refuse',
    approvedWith: 'Recommending unit: {{unit}}',
    refusedWith: 'Reason: {{reason}}',
  },
  approve: {
    title: 'Approve membership: {{name}}',
    unit: 'Unit that developed the member (recommending unit)',
    unitHelp:
      "This unit will recommend the member's applications (Art. 2); choose the Membership Department for a direct member.",
    ok: 'Approve',
    done: '{{name}} is now a member of the association',
  },
  refuse: {
    title: 'Refuse membership: {{name}}',
    reason: 'Reason (shown to the organisation)',
    reasonRequired: 'Give a reason for the refusal',
    next: 'Next',
    confirmTitle: 'Refuse the membership request of {{name}}?',
    confirmDescription: 'Reason: {{reason}}. The organisation is notified and may apply again.',
    ok: 'Refuse',
    done: 'The membership request of {{name}} was refused',
  },
  failed: 'Not done: {{message}}',
  forms: {
    fingerprint: 'Fingerprint of the declared facts',
    compare:
      'If it matches the one printed at the foot of the sealed forms, the facts have not changed since printing; if not, they have.',
    noFacts: 'No facts declared yet',
    applicationForm: 'Function-category application form (Annex 1)',
    declaration: 'Declaration of authenticity',
  },
};
