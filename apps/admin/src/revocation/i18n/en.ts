import type { zhCN } from './zh-CN';

// The console's revocation pages in English: the same keys as zh-CN.ts.
export const en: typeof zhCN = {
  nav: 'Revocations',
  reason: {
    VIOLATION_VERIFIED: 'Verified violation of law or regulation (Art. 11)',
    FAILED_SPOT_CHECK: 'Failed spot check (Art. 13)',
  },
  revoke: {
    title: 'Revoke the title',
    completeTitle: 'Complete the revocation',
    reason: 'Ground',
    description: 'Description',
    descriptionHint: 'Which law or regulation was violated, or how the spot check failed',
    evidence: 'Verification and evidence',
    effectiveOn: 'Effective on',
    required: 'Required',
    failedOnly: '"Failed spot check" applies only to titles that failed one.',
    confirmTitle: 'Revoke the title of {{name}}?',
    confirmBody:
      'The title is revoked from {{date}}, published on the register and the verification page, and the holder is notified. This cannot be undone; the organisation may only apply afresh in a later round.',
    done: 'Revoked',
    open: 'Failed a spot check: a revocation is open (it cannot be dismissed). Enter its effective date to complete it.',
  },
  list: {
    title: 'Revocations',
    description:
      'Two grounds only: a verified violation of law or regulation (Art. 11) or a failed spot check (Art. 13). A failed check opens a revocation that cannot be dismissed; complete it with its effective date.',
    empty: 'No revocations',
    emptyHint: 'Revoke a title from its page; a failed spot check opens a revocation by itself.',
    complete: 'Complete revocation',
    view: 'View title',
    overdue: 'Revocations overdue',
    overdueHint: 'Opened by a failed spot check more than {{days}} working days ago and not yet completed',
  },
};
