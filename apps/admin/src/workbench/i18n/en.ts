import type { zhCN } from './zh-CN';

// The same keys as zh-CN.ts, in English.
export const en: typeof zhCN = {
  description: 'What waits for you today; each card opens the filtered list.',
  dueOn: 'Earliest due: {{date}}',
  kind: {
    MEMBERSHIP_REQUESTS: { label: 'Membership requests', hint: 'Organisations asking to join (Art. 2)' },
    TO_RECOMMEND: { label: 'To recommend', hint: "Your unit's members' submitted applications (Art. 2)" },
    TO_ASSIGN: { label: 'To assign reviewers', hint: 'Recommended, waiting for the secretariat to assign experts' },
    REVIEWS_OVERDUE: { label: 'Reviews overdue', hint: 'Expert reviews past their due date' },
    INFO_REQUESTS_OVERDUE: { label: 'Overdue information', hint: 'Past the due date, unanswered' },
    TO_DECIDE: { label: 'To decide', hint: 'Every review submitted' },
    NOTICES_TO_AWARD: { label: 'Notices to award', hint: 'The notice period has ended; the award waits (Art. 8)' },
    OBJECTIONS_PENDING: { label: 'Pending objections', hint: 'Objections lodged during a notice' },
    SPOT_CHECKS_TO_JUDGE: { label: 'Spot checks to judge', hint: 'Evidence answered, waiting for a result (Art. 13)' },
    REVOCATIONS_OPEN: { label: 'Revocations in progress', hint: 'Opened and not yet completed' },
    TITLES_EXPIRING: { label: 'Titles expiring this year', hint: 'Titles whose validity ends this year' },
    ANNUAL_REPORTS_TO_REVIEW: {
      label: 'Annual reports to review',
      hint: 'Annual service reports submitted by platforms, to accept or return (Art. 12)',
    },
    CALENDAR_YEARS_UNCONFIRMED: {
      label: 'Holiday years to confirm',
      hint: "The State Council's holiday schedule is not yet entered and confirmed",
    },
    TO_SCORE: { label: 'To score', hint: 'Reviews assigned to you' },
    STATISTICS: { label: 'Statistics', hint: 'Applications in all; open the dashboard' },
  },
};
