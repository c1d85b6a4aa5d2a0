import { createI18n } from '@sme/ui';
import { applicantEn, applicantZhCN } from '../applications/i18n';
import { titlesEn, titlesZhCN } from '../titles/i18n';
import { en } from './en';
import { zhCN } from './zh-CN';
import { publicEn, publicZhCN } from '../public/i18n';
import { membershipEn, membershipZhCN } from '../membership/i18n';
import { serviceRecordEn, serviceRecordZhCN } from '../service-record/i18n';
import { annualReportEn, annualReportZhCN } from '../annual-report/i18n';

export const i18n = createI18n({
  resources: {
    'zh-CN': {
      ...zhCN,
      applicant: applicantZhCN,
      public: publicZhCN,
      membership: membershipZhCN,
      titles: titlesZhCN,
      serviceRecord: serviceRecordZhCN,
      annualReport: annualReportZhCN,
    },
    en: {
      ...en,
      applicant: applicantEn,
      public: publicEn,
      membership: membershipEn,
      titles: titlesEn,
      serviceRecord: serviceRecordEn,
      annualReport: annualReportEn,
    },
  },
  storageKey: 'sme-portal-language',
});
