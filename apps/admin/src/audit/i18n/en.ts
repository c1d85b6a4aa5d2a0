import type { auditZhCN } from './zh-CN';

export const auditEn: typeof auditZhCN = {
  nav: 'Audit trail',
  title: 'Audit trail',
  description: 'Who did what to which record, and when. Times are Beijing time; the filters are kept in the address.',
  filters: {
    action: 'Action',
    actor: 'By (e-mail)',
    object: 'Record id',
    from: 'From',
    to: 'To',
    reset: 'Reset',
    search: 'Search',
  },
  columns: { when: 'When', who: 'Who', what: 'What', object: 'Record', from: 'From' },
  system: 'System',
  export: 'Export this view',
  previous: 'Previous',
  next: 'Next',
  entity: {
    Application: 'Application',
    Round: 'Round',
    Organisation: 'Organisation',
    User: 'Account',
    Accreditation: 'Title',
    SpotCheck: 'Spot check',
    Notice: 'Notice',
    Objection: 'Objection',
    MembershipRequest: 'Membership request',
    ApiToken: 'Access token',
    Calendar: 'Calendar',
  },
};
