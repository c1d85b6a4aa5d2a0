// Public API of @sme/domain: pure accreditation rules, usable on the server and in browsers.

export type { IsoDate, DateParts } from './shared/iso-date';
export {
  isIsoDate,
  parseIsoDate,
  formatIsoDate,
  addDays,
  compareIsoDates,
  dayOfWeek,
  anniversary,
  eachDay,
  isLeapYear,
  toEpochDay,
  fromEpochDay,
} from './shared/iso-date';
export type { Message, Article, DomainFailure, Result } from './shared/message';
export { ok, err, assertNever } from './shared/message';
export { formatDateZh, formatYuanZh, formatYuanEn, formatYesNoZh, formatYesNoEn } from './shared/format';
export { formatArticleZh, chineseNumeral } from './shared/article';
export { normaliseName, nameKey, normaliseFileName, codePointLabel } from './shared/name';
export type { NameCheck, NameProblem } from './shared/name';

// The measures' own words (Arts. 4–7, 11), the yardstick of every printed condition
export {
  MEASURES_TEXT,
  MEASURES_TITLE,
  measuresTextOf,
  isMeasuresArticle,
  quotesVerbatim,
  type MeasuresArticle,
} from './measures/measures-text';

// Art. 4–6: functions and eligibility
export type { ServiceFunction, OrganisationKind } from './eligibility/service-function';
export {
  SERVICE_FUNCTIONS,
  SERVICE_FUNCTION_NAMES,
  SERVICE_FUNCTION_ARTICLES,
  SERVICE_FUNCTION_SERVICES,
  ORGANISATION_KINDS,
  ORGANISATION_KIND_NAMES,
} from './eligibility/service-function';
export { ELIGIBILITY_THRESHOLDS, type EligibilityThresholds } from './eligibility/thresholds';
export {
  checkEligibility,
  CHECK_KINDS,
  CHECK_STATUSES,
  CHECK_STATUS_NAMES,
  type CheckKind,
  type CheckStatus,
  type EligibilityFacts,
  type FunctionFacts,
  type EligibilityCheck,
  type EligibilityResult,
} from './eligibility/eligibility';

// Art. 7: materials
export {
  MaterialKind,
  MATERIAL_KINDS,
  MATERIAL_KIND_NAMES,
  ACCEPTED_MIME_TYPES,
  materialKindByName,
  requiredMaterialKinds,
  missingMaterials,
  missingMaterialsError,
  isAcceptedMimeType,
  normaliseMimeType,
  checkMaterialFileType,
  type MaterialKindName,
  type AcceptedMimeType,
  type MissingMaterialsError,
  type UnsupportedFileTypeError,
} from './material/material';

// Art. 2: membership and recommendation
export {
  UNIT_KINDS,
  UNIT_KIND_NAMES,
  MEMBERSHIP_STATUSES,
  MEMBERSHIP_STATUS_NAMES,
  canSubmit,
  canRecommend,
  recommendingUnitFor,
  type UnitKind,
  type Unit,
  type Membership,
  type MembershipStatus,
  type NotAMemberError,
  type WrongRecommendingUnitError,
} from './membership/membership';

// Art. 10: rounds
export {
  MAX_ROUNDS_PER_YEAR,
  validateRound,
  isRoundOpenForSubmission,
  checkRoundOpen,
  roundOpenOn,
  type Round,
  type RoundError,
  type RoundErrorCode,
  type RoundClosedError,
} from './round/round';

// Workflows: one table per subject says who may take which action from which status
export {
  createWorkflow,
  articleZh,
  type Workflow,
  type WorkflowDefinition,
  type ActionRule,
  type Edge,
  type NotAPartyError,
} from './workflow/workflow';
export { formatChineseDate } from './shared/chinese-format';

// Application lifecycle
export {
  APPLICATION_STATUSES,
  APPLICATION_ACTIONS,
  APPLICATION_TRANSITIONS,
  APPLICATION_STATUS_NAMES,
  APPLICATION_PARTIES,
  APPLICATION_PARTY_NAMES,
  EDITABLE_STATUSES,
  ROLES,
  ROLE_NAMES,
  TERMINAL_STATUSES,
  applicationWorkflow,
  transition,
  availableActions,
  partiesOf,
  isTerminal,
  type ApplicationStatus,
  type ApplicationAction,
  type ApplicationParty,
  type ApplicationGateFacts,
  type PartyFacts,
  type Role,
  type TransitionError,
} from './application/application-workflow';

// Art. 8: statutory calendar and public notice
export {
  createWorkingDayCalendar,
  calendarYearsToConfirm,
  NEXT_YEAR_SCHEDULE_DUE,
  type CalendarYearStatus,
  type WorkingDayCalendar,
  type CalendarOverride,
  type CalendarOptions,
  type DayDetail,
  type DaySource,
} from './calendar/working-day-calendar';
export {
  PUBLIC_NOTICE_WORKING_DAYS,
  noticePeriod,
  isNoticePeriodOver,
  checkObjectionWindow,
  unconfirmedYearsOf,
  checkNoticeCalendarConfirmed,
  checkBackdatedNoticeEvidence,
  type CalendarUnconfirmedError,
  type BackdateEvidenceRequiredError,
  type NoticePeriod,
  type ObjectionWindowClosedError,
} from './calendar/notice-period';
export { todayInShanghai } from './calendar/beijing-date';
export {
  PUBLIC_NOTICE_ENTRY_OUTCOME_NAMES,
  PUBLIC_NOTICE_STATUS_NAMES,
  REVOCATION_STATUS_NAMES,
} from './status/status-names';

// Art. 11: validity, renewal, new applications; Arts. 11 and 13: revocation
export {
  VALIDITY_YEARS,
  validityOf,
  renewalWindow,
  canApplyForRenewal,
  canFileNewApplication,
  renewalValidity,
  accreditationStatusOn,
  type Validity,
  type AccreditationStatus,
  type RevocationFacts,
  type RenewableTitle,
  type HeldTitle,
  type RenewalError,
  type RenewalWindowError,
  type RevokedCannotRenewError,
  type HoldsValidTitleError,
} from './title/title-validity';
export {
  REVOCATION_REASONS,
  REVOCATION_REASON_ARTICLES,
  REVOCATION_REASON_NAMES,
  isRevocationReason,
  validateRevocation,
  type RevocationReason,
  type RevocationInput,
  type RevocationError,
  type RevocationErrorCode,
  type ValidRevocation,
} from './revocation/revocation';
export {
  isRevocationPending,
  isOpenRevocationOverdue,
  workingDaysSince,
  revocationPendingError,
  renewedTitleBlocker,
  REVOCATION_PENDING_NAME,
  OPEN_REVOCATION_REMINDER_WORKING_DAYS,
  type RevocationState,
  type RevocationPendingError,
  type RenewedTitleError,
} from './revocation/revocation-pending';

// Art. 13: spot-check sampling
export {
  SAMPLING_ALGORITHM,
  drawSample,
  allocateStrata,
  generateSeed,
  type DrawSampleInput,
} from './spot-check/draw-sample';
export { seededRandom, cyrb128, sfc32, type SeededRandom } from './spot-check/seeded-random';
export {
  spotCheckPopulation,
  drawSpotCheckSample,
  revocationForSpotCheck,
  type SpotCheckTitle,
  type DrawSpotCheckInput,
} from './spot-check/spot-check-population';

// Art. 9: certificate numbers
export {
  CERTIFICATE_PREFIX,
  formatCertificateNumber,
  parseCertificateNumber,
  verifyCertificateNumber,
  type CertificateNumberParts,
  type InvalidCertificateNumberError,
} from './certificate/certificate-number';

// GB 32100-2015 unified social credit code
export {
  CREDIT_CODE_ALPHABET,
  CREDIT_CODE_WEIGHTS,
  checkCreditCode,
  creditCodeCheckCharacter,
  type CreditCodeCheck,
  type CreditCodeReason,
} from './credit-code/credit-code';

// After the award (Arts. 11, 13): the spot-check and title transition tables, a title's status on a date
export {
  SPOT_CHECK_STATUSES,
  SPOT_CHECK_PARTIES,
  SPOT_CHECK_STATUS_NAMES,
  spotCheckWorkflow,
  type SpotCheckStatus,
  type SpotCheckParty,
  type SpotCheckAction,
} from './spot-check/spot-check-workflow';
export {
  TITLE_STATES,
  TITLE_PARTIES,
  TITLE_STATE_NAMES,
  titleWorkflow,
  titleStateOf,
  type TitleState,
  type TitleParty,
  type TitleAction,
} from './title/title-workflow';
export {
  TITLE_STATUSES,
  TITLE_STATUS_NAMES,
  titleStatusOn,
  type TitleStatus,
  type DatedTitle,
} from './title/title-status';

// Art. 8: review — score sheets per function (Arts. 5 and 6) and reviewer assignment
export {
  BASIC_CRITERIA,
  FUNCTION_CRITERIA,
  WIDE_SPREAD_POINTS,
  rubricFor,
  applicationRubric,
  checkScores,
  weightedScore,
  summariseReviews,
  type ReviewCriterion,
  type CriterionScore,
  type ScoreSheetError,
  type ReviewSummary,
} from './review/rubric';
export {
  autoAssign,
  exclusionOf,
  conflictKey,
  SKIP_REASON_NAMES,
  type AssignableApplication,
  type PoolExpert,
  type AutoAssignInput,
  type AutoAssignResult,
  type SkipReason,
} from './review/auto-assign';
// Arts. 5 and 9: a condition a reviewer rejected stops the application from passing review
export {
  WHICH_REVIEWS_COUNT,
  countingReviews,
  rejectedAttestations,
  attestationRejectedFailure,
  type AttestedConditionUnderReview,
  type ReviewOfAttestations,
  type RejectedAttestation,
  type AttestationRejectedError,
} from './review/rejected-attestations';

// Statistics: the accreditation funnel
export {
  FUNNEL_STAGES,
  FUNNEL_STAGE_DEFINITIONS,
  reachedStages,
  passRate,
  type FunnelStage,
  type StageDefinition,
} from './statistics/funnel';

// Art. 12: service records, association activities and the annual service report
export {
  SERVICE_RECORD_KINDS,
  SERVICE_RECORD_KIND_NAMES,
  RECORDS_FROZEN_BY,
  checkServiceRecord,
  isPublicWelfareService,
  recordsEditable,
  recordsFrozenError,
  type ServiceRecordKind,
  type ServiceRecordFacts,
  type ServiceRecordError,
  type HeldPeriod,
} from './service-record/service-record';
export {
  ANNUAL_REPORT_STATUSES,
  ANNUAL_REPORT_PARTIES,
  ANNUAL_REPORT_STATUS_NAMES,
  annualReportWorkflow,
  type AnnualReportStatus,
  type AnnualReportParty,
  type AnnualReportAction,
} from './annual-report/annual-report-workflow';
export { annualReportFigures, type AnnualReportFigures } from './annual-report/report-figures';
export {
  DEFAULT_ANNUAL_REPORT_SCHEDULE,
  ANNUAL_REPORT_SCHEDULE_READING,
  isScheduleMonthDay,
  reportOpensOn,
  reportDueOn,
  isReportFiled,
  isReportOverdue,
  reportYearsOwed,
  checkReportYear,
  type AnnualReportSchedule,
  type ReportYearError,
} from './annual-report/report-schedule';

// Art. 14: the choice of the best — named, weighted components
export {
  SCORE_COMPONENTS,
  SCORE_COMPONENT_NAMES,
  DEFAULT_RECOMMENDATION_WEIGHTS,
  YEARS_HELD_CAP,
  scoreComponents,
  scoreOf,
  rankCandidates,
  checkWeights,
  type ScoreComponentName,
  type RecommendationWeights,
  type CandidateFacts,
  type ScoreComponent,
  type RankedCandidate,
  type WeightsError,
} from './national-recommendation/ranking';

// The remaining status columns' tables: objections and notices (Art. 8), membership requests
// and memberships (Art. 2), review assignments (Art. 8).
export {
  OBJECTION_STATUSES,
  OBJECTION_STATUS_NAMES,
  objectionWorkflow,
  type ObjectionAction,
  type ObjectionParty,
  type ObjectionStatus,
} from './objection/objection-workflow';
export {
  NOTICE_STATUSES,
  NOTICE_STATUS_NAMES,
  noticeWorkflow,
  type NoticeAction,
  type NoticeParty,
  type NoticeStatus,
} from './notice/notice-workflow';
export {
  MEMBERSHIP_REQUEST_STATUSES,
  MEMBERSHIP_REQUEST_STATUS_NAMES,
  membershipRequestWorkflow,
  type MembershipRequestAction,
  type MembershipRequestParty,
  type MembershipRequestStatus,
} from './membership/membership-request-workflow';
export { membershipWorkflow, type MembershipAction, type MembershipParty } from './membership/membership-workflow';
export {
  REVIEW_ASSIGNMENT_STATUSES,
  REVIEW_ASSIGNMENT_STATUS_NAMES,
  reviewAssignmentStatusOf,
  reviewAssignmentWorkflow,
  type ReviewAssignmentAction,
  type ReviewAssignmentParty,
  type ReviewAssignmentStatus,
} from './review/review-assignment-workflow';
export { AUDIT_ACTION_NAMES, auditActionName, auditActionCodes } from './audit/action-names';
