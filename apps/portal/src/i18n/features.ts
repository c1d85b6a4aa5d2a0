// Each feature folder keeps its strings in <feature>/i18n/zh-CN.ts and en.ts; they are wired into
// the portal's resources here, one namespace per feature.
import { en as applicationEn } from '../application/i18n/en';
import { zhCN as applicationZhCN } from '../application/i18n/zh-CN';
import { en as membershipEn } from '../membership/i18n/en';
import { zhCN as membershipZhCN } from '../membership/i18n/zh-CN';
import { en as publicEn } from '../public/i18n/en';
import { zhCN as publicZhCN } from '../public/i18n/zh-CN';
import { en as spotCheckEn } from '../spot-check/i18n/en';
import { zhCN as spotCheckZhCN } from '../spot-check/i18n/zh-CN';
import { en as titleEn } from '../title/i18n/en';
import { zhCN as titleZhCN } from '../title/i18n/zh-CN';
import { en as serviceRecordEn } from '../service-record/i18n/en';
import { zhCN as serviceRecordZhCN } from '../service-record/i18n/zh-CN';
import { en as annualReportEn } from '../annual-report/i18n/en';
import { zhCN as annualReportZhCN } from '../annual-report/i18n/zh-CN';
import { userEn as userEn } from '../user/i18n/en';
import { userZhCN as userZhCN } from '../user/i18n/zh-CN';

/** Namespace → the feature folder and its strings in each language. The application pages'
 * namespace is `applicant` (the app's own `application` keys are the shell's). */
export const FEATURES = {
  applicant: { folder: 'application', 'zh-CN': applicationZhCN, en: applicationEn },
  public: { folder: 'public', 'zh-CN': publicZhCN, en: publicEn },
  membership: { folder: 'membership', 'zh-CN': membershipZhCN, en: membershipEn },
  title: { folder: 'title', 'zh-CN': titleZhCN, en: titleEn },
  spotCheck: { folder: 'spot-check', 'zh-CN': spotCheckZhCN, en: spotCheckEn },
  serviceRecord: { folder: 'service-record', 'zh-CN': serviceRecordZhCN, en: serviceRecordEn },
  annualReport: { folder: 'annual-report', 'zh-CN': annualReportZhCN, en: annualReportEn },
  user: { folder: 'user', 'zh-CN': userZhCN, en: userEn },
} as const;

/** The features' strings of one language, keyed by namespace. */
export function featureResources(locale: 'zh-CN' | 'en'): Record<string, object> {
  return Object.fromEntries(Object.entries(FEATURES).map(([ns, feature]) => [ns, feature[locale]]));
}
