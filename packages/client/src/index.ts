// The typed GraphQL client both front ends share: `graphql()` typed from apps/api/schema.graphql,
// the urql client, and the session pieces (who is signed in, sign-in, sign-out).
export {
  graphql,
  readFragment,
  type ApplicationStatus,
  type DaySource,
  type FragmentOf,
  type ResultOf,
  type Role,
  type ServiceFunction,
  type VariablesOf,
} from './graphql';
export { createApiClient } from './api-client';
export { ErrorFields } from './errors/error-fields';
export { AuthGate, type AuthGateProps } from './session/auth-gate';
export { FrontEndRoot, type FrontEndRootProps } from './session/front-end-root';
export { SessionScope, useResetSession } from './session/session-scope';
export { SignInPage } from './session/sign-in-page';
export { useSignOut } from './session/use-sign-out';
export { MeQuery, type Viewer } from './session/viewer';
export { CURSOR_STEP, cursorAtOffset, type FetchCursors, type KnownCursors } from './paging/cursor-at-offset';
export { usePageCursor, type PageCursor } from './paging/use-page-cursor';
export { CertificateDownloadError, certificatePdfUrl, downloadCertificate } from './certificate/download-certificate';
export { NotificationBell, NOTIFICATION_POLL_MS } from './notification/notification-bell';
export { notificationTarget } from './notification/notification-link';
export {
  EXPORT_FORMATS,
  ExportError,
  downloadExport,
  exportUrl,
  fileNameFrom,
  type DownloadExportOptions,
  type ExportFormat,
} from './exports/download-export';
export {
  failureOf,
  postFile,
  refuseBeforeSending,
  type PostFileFailure,
  type PostFileOutcome,
} from './uploads/post-file';
export { FileUploadButton, type FileUploadButtonProps } from './uploads/file-upload-button';
export {
  ACCEPTED_UPLOADS,
  UploadErrors,
  UploadProgressList,
  useUploadTracker,
  type UploadInProgress,
  type UploadTracker,
} from './uploads/upload-tracker';
export { AccountSecurityPage } from './user/account-security-page';
export { accountSecurityZhCN } from './user/i18n/zh-CN';
export { accountSecurityEn } from './user/i18n/en';
