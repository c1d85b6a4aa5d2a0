import { APPLICATION_STATUS } from '../status/application-status';
import { MEMBERSHIP_REQUEST_STATUS } from '../status/membership-request-status';
import { NOTICE_ENTRY_OUTCOME, NOTICE_STATUS } from '../status/notice-status';
import { OBJECTION_STATUS } from '../status/objection-status';
import { REVOCATION_STATUS } from '../status/revocation-status';
import { SPOT_CHECK_STATUS } from '../status/spot-check-status';
import { namesIn } from '../status/status-table';
import { TITLE_STATUS } from '../status/title-status';
import type { SharedResources } from './zh-CN';

export const en: SharedResources = {
  ui: {
    language: {
      label: 'Language',
      'zh-CN': '中文',
      en: 'English',
    },
    // status names come from the status tables (packages/domain's names), never written here
    status: namesIn(APPLICATION_STATUS, 'en'),
    titleStatus: namesIn(TITLE_STATUS, 'en'),
    spotCheckStatus: namesIn(SPOT_CHECK_STATUS, 'en'),
    revocationStatus: namesIn(REVOCATION_STATUS, 'en'),
    objectionStatus: namesIn(OBJECTION_STATUS, 'en'),
    noticeStatus: namesIn(NOTICE_STATUS, 'en'),
    noticeOutcome: namesIn(NOTICE_ENTRY_OUTCOME, 'en'),
    membershipRequestStatus: namesIn(MEMBERSHIP_REQUEST_STATUS, 'en'),
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
      code: 'Authenticator or recovery code',
      codeRequired: 'Enter the 6-digit code from your authenticator app, or a recovery code',
    },
    demoBanner:
      'Demo installation: the sample accounts still use the password published in the README. Do not enter real data.',
    notifications: {
      bell: 'Notifications',
      bellUnread: 'Notifications, {{count}} unread',
      title: 'Notifications',
      empty: 'No notifications',
      markAllRead: 'Mark all read',
      markRead: 'Mark read',
      unread: 'Unread',
      loadFailed: 'Could not load notifications: {{message}}',
    },
    shell: {
      openMenu: 'Open menu',
      closeMenu: 'Close menu',
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
      otherFrontEnd: 'Your account can use the {{name}}.',
      goTo: 'Go to the {{name}}',
    },
    page: {
      home: 'Home',
      breadcrumb: 'Breadcrumb',
      skipToContent: 'Skip to main content',
      notFound: 'Not found',
      notFoundHint: 'What you are looking for does not exist or has been deleted. Check the link.',
    },
    list: {
      search: 'Search',
      reset: 'Reset',
      expand: 'More filters',
      collapse: 'Fewer filters',
      searchForm: 'Search filters',
      actions: 'Actions',
      total: '{{count}} in total',
      selected: '{{count}} selected',
      clearSelection: 'Clear selection',
      export: 'Export',
      exporting: 'Exporting…',
      exported: 'Export finished',
      exportFailed: 'Export failed: {{message}}',
      exportAs: { xlsx: 'Export as Excel (XLSX)', csv: 'Export as CSV' },
      emptyFiltered: 'Nothing matches these filters',
      emptyFilteredHint: 'Change or reset the filters.',
      table: '{{title}}',
      loading: 'Loading…',
    },
    detail: {
      actions: 'Available actions',
      history: 'History',
      noHistory: 'No history yet',
      noActions: 'Nothing to do here now',
    },
    timeline: {
      by: '{{actor}}',
      note: 'Note: {{note}}',
    },
    workbench: {
      title: 'Workbench',
      todo: 'To do',
      nothing: 'Nothing to do',
    },
    confirm: {
      ok: 'OK',
      cancel: 'Cancel',
      count: '{{count}} in total',
      more: 'and {{count}} more',
    },
    progress: {
      working: 'Working…',
      percent: '{{percent}}% done',
    },
    date: {
      placeholder: 'Choose a date (YYYY-MM-DD)',
      outOfRange: 'The year must be between {{min}} and {{max}}',
      invalid: 'Enter a valid date as YYYY-MM-DD',
    },
    steps: {
      label: 'Application progress',
      DRAFT: 'Prepare',
      SUBMITTED: 'Submit',
      RECOMMENDED: 'Unit recommendation',
      UNDER_REVIEW: 'Expert review',
      IN_PUBLIC_NOTICE: 'Public notice',
      ACCREDITED: 'Accreditation',
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
