import { createI18n } from '@sme/ui';
import { en } from './en';
import { zhCN } from './zh-CN';
import { reviewEn, reviewZhCN } from '../review/i18n';
import { noticeEn, noticeZhCN } from '../notice/i18n';
import { analyticsEn, analyticsZhCN } from '../analytics/i18n';
import { membershipEn, membershipZhCN } from '../membership/i18n';
import { afterAwardEn, afterAwardZhCN } from '../after-award/i18n';
import { serviceRecordEn, serviceRecordZhCN } from '../service-record/i18n';
import { annualReportEn, annualReportZhCN } from '../annual-report/i18n';
import { associationActivityEn, associationActivityZhCN } from '../association-activity/i18n';
import { nationalRecommendationEn, nationalRecommendationZhCN } from '../national-recommendation/i18n';

export const i18n = createI18n({
  resources: {
    'zh-CN': {
      ...zhCN,
      review: reviewZhCN,
      notice: noticeZhCN,
      analytics: analyticsZhCN,
      afterAward: afterAwardZhCN,
      membership: membershipZhCN,
      serviceRecord: serviceRecordZhCN,
      annualReport: annualReportZhCN,
      associationActivity: associationActivityZhCN,
      nationalRecommendation: nationalRecommendationZhCN,
    },
    en: {
      ...en,
      review: reviewEn,
      notice: noticeEn,
      analytics: analyticsEn,
      afterAward: afterAwardEn,
      membership: membershipEn,
      serviceRecord: serviceRecordEn,
      annualReport: annualReportEn,
      associationActivity: associationActivityEn,
      nationalRecommendation: nationalRecommendationEn,
    },
  },
  storageKey: 'sme-admin-language',
});
