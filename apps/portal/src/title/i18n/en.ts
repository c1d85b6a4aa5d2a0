import type { zhCN } from './zh-CN';

// The same keys as zh-CN.ts, in English.
export const en: typeof zhCN = {
  nav: 'My titles',
  reason: {
    VIOLATION_VERIFIED: 'Verified violation of law or regulation (Art. 11)',
    FAILED_SPOT_CHECK: 'Failed spot check (Art. 13)',
  },
  list: {
    title: 'My titles',
    description:
      "Your organisation's demonstration-platform titles. A title is valid for three years (Art. 11) and may be renewed in the year it expires.",
    empty: 'Your organisation holds no title yet',
    emptyHint: 'A title appears here once awarded after its public notice.',
    number: 'Certificate number',
    functions: 'Service functions',
    validity: 'Validity',
    status: 'Status',
    view: 'View',
    certificate: 'Download certificate',
    certificateOf: 'Download certificate {{number}}',
    spotCheckWaiting: 'Spot check: send evidence by {{date}}',
  },
  detail: {
    notFound: 'Title not found',
    awardedOn: 'Awarded on',
    validFrom: 'Valid from',
    validUntil: 'Valid until',
    imported: 'Awarded before this system',
    renewal: 'Renewal',
    renewable:
      'The title expires on {{date}}; it may be renewed this year (Art. 11). The renewal starts from the data of the last application.',
    round: 'Round',
    noOpenRound: 'No round is open now; start the renewal once one opens.',
    start: 'Start the renewal',
    started: 'Renewal application created',
    notRenewable: 'Renewal is not possible now',
    notRenewableArticle: 'Renewal is not possible now ({{article}})',
    renewals: 'Renewal applications',
    renewing: 'A renewal of this title is in progress: continue it above (one renewal of a title at a time).',
    revoked: 'The title was revoked',
    revokedText: 'Ground: {{reason}}; effective on {{date}}. {{description}}',
    spotChecks: 'Spot checks',
    noSpotChecks: 'No spot checks',
    dueOn: 'Due {{date}}',
    open: 'View and answer',
  },
  lineage: {
    title: 'Renewal (Art. 11)',
    renews: 'Renews the title:',
    validUntil: 'valid until {{date}}',
    prefilledFrom: 'Facts and functions prefilled from the last application:',
    prefilledHint: 'Check each one and update what has changed before you submit.',
    noSource: 'Your organisation has no earlier application in this system; fill in the facts.',
  },
};
