import type { SharedResources } from './zh-CN';

export const en: SharedResources = {
  ui: {
    language: {
      label: 'Language',
      'zh-CN': '中文',
      en: 'English',
    },
    status: {
      DRAFT: 'Draft',
      SUBMITTED: 'Submitted',
      RECOMMENDED: 'Recommended',
      RETURNED: 'Returned',
      NOT_RECOMMENDED: 'Not recommended',
      UNDER_REVIEW: 'Under review',
      MORE_INFO_REQUESTED: 'More information requested',
      REVIEW_PASSED: 'Review passed',
      REVIEW_FAILED: 'Review failed',
      IN_PUBLIC_NOTICE: 'In public notice',
      ACCREDITED: 'Accredited',
      FAILED: 'Not accredited',
      WITHDRAWN: 'Withdrawn',
    },
    serviceFunction: {
      INFORMATION: 'Information services',
      TECHNOLOGY: 'Technology services',
      STARTUP: 'Startup services',
      TRAINING: 'Training services',
      FINANCING: 'Financing services',
    },
    region: {
      placeholder: 'Province / city',
      notFound: 'No matching region',
    },
    signIn: {
      email: 'Email',
      emailRequired: 'Please enter your email',
      emailInvalid: 'This is not a valid email address',
      password: 'Password',
      passwordRequired: 'Please enter your password',
      submit: 'Sign in',
    },
    shell: {
      navigation: 'Main navigation',
      signOut: 'Sign out',
      signedInAs: 'Signed in as',
    },
    session: {
      loading: 'Loading…',
      meFailed: 'Could not read who is signed in',
      signInFailed: 'Sign-in failed: {{message}}',
      signedOut: 'Signed out',
      signOutFailed: 'Sign-out failed: {{message}}',
    },
    noAccess: {
      title: 'No access to this console',
      description:
        'Your account ({{email}}) is not allowed to use this console. Please contact the association administrator.',
    },
    error: {
      network: 'Cannot reach the server. Check your connection and try again.',
      unauthenticated: 'Your session has expired. Please sign in again.',
      forbidden: 'You are not allowed to do this.',
      server: 'The server reported an error: {{message}}',
      unknown: 'Something went wrong. Please try again later.',
      retry: 'Retry',
    },
    empty: '—',
  },
};
