import type { AppResources } from './zh-CN';

export const en: AppResources = {
  app: {
    title: 'Demonstration Platform Accreditation',
    subtitle: 'Association staff sign-in',
    loading: 'Loading…',
    meFailed: 'Could not read your sign-in state',
    signedOut: 'Signed out',
    signOutFailed: 'Sign-out failed: {{message}}',
  },
  signIn: {
    failed: 'Sign-in failed: {{message}}',
  },
  nav: {
    applications: 'Applications',
  },
  notFound: {
    title: 'Page not found',
    back: 'Back to applications',
  },
  applications: {
    title: 'Applications',
    filterStatus: 'Status',
    filterRound: 'Round',
    allStatuses: 'All statuses',
    allRounds: 'All rounds',
    clearFilters: 'Clear filters',
    organisation: 'Organisation',
    creditCode: 'Unified social credit code',
    round: 'Round',
    functions: 'Service functions',
    status: 'Status',
    updatedAt: 'Updated',
    total: 'Total: {{count}}',
    page: 'Page {{page}} of {{pages}}',
    previous: 'Previous',
    next: 'Next',
    empty: 'No applications yet',
    emptyFiltered: 'No applications match these filters',
    roundsFailed: 'Could not load rounds: {{message}}',
  },
};
