export {
  APPLICATION_STATUSES,
  APPLICATION_STATUS_COLOURS,
  isApplicationStatus,
  type ApplicationStatus,
  APPLICATION_STATUS,
} from './status/application-status';
export { statusTable, namesIn, type StatusLabel, type StatusTable } from './status/status-table';
export { TITLE_STATUS } from './status/title-status';
export { SPOT_CHECK_STATUS } from './status/spot-check-status';
export { REVOCATION_STATUS } from './status/revocation-status';
export { OBJECTION_STATUS } from './status/objection-status';
export { NOTICE_STATUS, NOTICE_ENTRY_OUTCOME } from './status/notice-status';
export { MEMBERSHIP_REQUEST_STATUS } from './status/membership-request-status';
export { STATUS_TABLES, type StatusKind } from './status/status-tables';
export { StatusTag } from './status/status-tag';
export { SERVICE_FUNCTIONS, sortServiceFunctions, type ServiceFunction } from './service-function';
export { DEFAULT_LOCALE, LOCALES, toLocale, type Locale } from './locale';
export { formatDate, formatDateTime, TIME_ZONE } from './format-date';
export { formatFraction, formatShare } from './format-share';
export {
  describeRequestError,
  describeThrownError,
  errorCodes,
  isGlobalIdOf,
  isNotFoundError,
  type RequestErrorLike,
} from './request-error';
export { createI18n, SHARED_RESOURCES, type CreateI18nOptions } from './i18n/create-i18n';
export { flattenKeys, keyDifferences, mergeResources } from './i18n/keys';
export type { SharedResources, Translations } from './i18n/zh-CN';
export { ApplicationStatusTag } from './components/application-status-tag';
export { ServiceFunctionTags, useServiceFunctionOptions } from './components/service-functions';
export { LanguageSwitch } from './components/language-switch';
export { SignInForm, type SignInFormProps, type SignInValues } from './components/sign-in-form';
export { AppShell, type AppShellProps, type ShellNavItem, type ShellUser } from './components/app-shell';
export { NoAccess, type OtherFrontEnd } from './components/no-access';
export { CenteredPage, LoadingScreen } from './components/centered-page';
export { UiProvider } from './components/ui-provider';
export { DemoBanner } from './components/demo-banner';
export { NotFoundResult } from './components/not-found';
export { EmptyText } from './components/empty-text';
export { LoadErrorAlert, type LoadErrorAlertProps } from './components/load-error';
export { FormModal, type FormModalProps } from './components/form-modal';
export { PageFrame, type Crumb, type PageFrameProps } from './components/page-frame';
export { usePageTitle, documentTitleOf, currentPageTitle } from './page-title';
export {
  ListPage,
  EmptyState,
  ScrollRegion,
  LIST_EXPORT_FORMATS,
  type ListExportFormat,
  type BatchAction,
  type ListEmptyState,
  type ListPageProps,
} from './list/list-page';
export {
  SearchForm,
  visibleSearchFields,
  VISIBLE_WHEN_COLLAPSED,
  type SearchField,
  type SearchFormProps,
} from './list/search-form';
export { useListUrlState, type UseListUrlState } from './list/use-url-state';
export {
  DEFAULT_PAGE_SIZE,
  PAGE_SIZES,
  hasFilters,
  readListUrlState,
  writeListUrlState,
  type ListUrlState,
} from './list/url-state';
export {
  DetailPage,
  type DetailAction,
  type DetailField,
  type DetailPageProps,
  type DetailTab,
} from './components/detail-page';
export { HistoryTimeline, type HistoryEntry } from './components/history-timeline';
export { Workbench, type WorkbenchCard, type WorkbenchProps } from './components/workbench';
export {
  ConfirmButton,
  MAX_NAMES_LISTED,
  listedNames,
  useConfirmAction,
  type ConfirmButtonProps,
  type ConfirmSpec,
} from './components/confirm-action';
export {
  PROGRESS_DELAY_MS,
  TaskProgress,
  useLongTask,
  type LongTask,
  type TaskState,
} from './components/task-progress';
export { DateField, useDateMessage, useDateRules, type DateFieldProps } from './date/date-field';
export { ISO_DATE_FORMAT, MAX_DATE_YEAR, MIN_DATE_YEAR, checkIsoDate, type DateCheck } from './date/iso-date';
export { ApplicationStatusSteps, STATUS_STEPS, statusStepPosition } from './components/status-steps';
export { useRevalidateOnLanguageChange } from './components/use-form-language';
export { CheckboxGroupField, type CheckboxGroupFieldProps } from './components/checkbox-group-field';
export { RegionCascader, type RegionCascaderProps } from './components/region-cascader';
export { REGION_TREE, regionName, regionLabel, provinceOf, checkRegion, type RegionNode } from '@sme/domain/region';
export { lazyPage, preloadLazyPagesOnIntent, preloadWhenIdle, PageSuspense } from './components/lazy-page';
