// Each feature folder keeps its strings in <feature>/i18n/zh-CN.ts and en.ts; they are wired into
// the console's resources here, one namespace per feature.
import { en as calendarEn } from '../calendar/i18n/en';
import { zhCN as calendarZhCN } from '../calendar/i18n/zh-CN';
import { en as membershipEn } from '../membership/i18n/en';
import { zhCN as membershipZhCN } from '../membership/i18n/zh-CN';
import { en as nationalRecommendationEn } from '../national-recommendation/i18n/en';
import { zhCN as nationalRecommendationZhCN } from '../national-recommendation/i18n/zh-CN';
import { en as noticeEn } from '../notice/i18n/en';
import { zhCN as noticeZhCN } from '../notice/i18n/zh-CN';
import { en as outboxEn } from '../outbox/i18n/en';
import { zhCN as outboxZhCN } from '../outbox/i18n/zh-CN';
import { en as reviewEn } from '../review/i18n/en';
import { zhCN as reviewZhCN } from '../review/i18n/zh-CN';
import { en as revocationEn } from '../revocation/i18n/en';
import { zhCN as revocationZhCN } from '../revocation/i18n/zh-CN';
import { en as spotCheckEn } from '../spot-check/i18n/en';
import { zhCN as spotCheckZhCN } from '../spot-check/i18n/zh-CN';
import { en as statisticsEn } from '../statistics/i18n/en';
import { zhCN as statisticsZhCN } from '../statistics/i18n/zh-CN';
import { en as titleEn } from '../title/i18n/en';
import { zhCN as titleZhCN } from '../title/i18n/zh-CN';
import { en as titleImportEn } from '../title-import/i18n/en';
import { zhCN as titleImportZhCN } from '../title-import/i18n/zh-CN';
import { en as serviceRecordEn } from '../service-record/i18n/en';
import { zhCN as serviceRecordZhCN } from '../service-record/i18n/zh-CN';
import { en as annualReportEn } from '../annual-report/i18n/en';
import { zhCN as annualReportZhCN } from '../annual-report/i18n/zh-CN';
import { en as associationActivityEn } from '../association-activity/i18n/en';
import { zhCN as associationActivityZhCN } from '../association-activity/i18n/zh-CN';
import { en as workbenchEn } from '../workbench/i18n/en';
import { zhCN as workbenchZhCN } from '../workbench/i18n/zh-CN';
import { auditEn as auditEn } from '../audit/i18n/en';
import { auditZhCN as auditZhCN } from '../audit/i18n/zh-CN';
import { userEn as userEn } from '../user/i18n/en';
import { userZhCN as userZhCN } from '../user/i18n/zh-CN';

/** Namespace → the feature folder and its strings in each language. */
export const FEATURES = {
  review: { folder: 'review', 'zh-CN': reviewZhCN, en: reviewEn },
  notice: { folder: 'notice', 'zh-CN': noticeZhCN, en: noticeEn },
  title: { folder: 'title', 'zh-CN': titleZhCN, en: titleEn },
  titleImport: { folder: 'title-import', 'zh-CN': titleImportZhCN, en: titleImportEn },
  spotCheck: { folder: 'spot-check', 'zh-CN': spotCheckZhCN, en: spotCheckEn },
  revocation: { folder: 'revocation', 'zh-CN': revocationZhCN, en: revocationEn },
  nationalRecommendation: {
    folder: 'national-recommendation',
    'zh-CN': nationalRecommendationZhCN,
    en: nationalRecommendationEn,
  },
  outbox: { folder: 'outbox', 'zh-CN': outboxZhCN, en: outboxEn },
  statistics: { folder: 'statistics', 'zh-CN': statisticsZhCN, en: statisticsEn },
  membership: { folder: 'membership', 'zh-CN': membershipZhCN, en: membershipEn },
  calendar: { folder: 'calendar', 'zh-CN': calendarZhCN, en: calendarEn },
  serviceRecord: { folder: 'service-record', 'zh-CN': serviceRecordZhCN, en: serviceRecordEn },
  annualReport: { folder: 'annual-report', 'zh-CN': annualReportZhCN, en: annualReportEn },
  associationActivity: { folder: 'association-activity', 'zh-CN': associationActivityZhCN, en: associationActivityEn },
  workbench: { folder: 'workbench', 'zh-CN': workbenchZhCN, en: workbenchEn },
  audit: { folder: 'audit', 'zh-CN': auditZhCN, en: auditEn },
  user: { folder: 'user', 'zh-CN': userZhCN, en: userEn },
} as const;

/** The features' strings of one language, keyed by namespace. */
export function featureResources(locale: 'zh-CN' | 'en'): Record<string, object> {
  return Object.fromEntries(Object.entries(FEATURES).map(([ns, feature]) => [ns, feature[locale]]));
}
