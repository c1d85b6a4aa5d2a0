import { createI18n } from '@sme/ui';
import { applicantEn, applicantZhCN } from '../applications/i18n';
import { titlesEn, titlesZhCN } from '../titles/i18n';
import { en } from './en';
import { zhCN } from './zh-CN';
import { publicEn, publicZhCN } from '../public/i18n';
import { membershipEn, membershipZhCN } from '../membership/i18n';
import { guideEn } from './guide-en';
import { guideZhCN } from './guide-zh-CN';

export const i18n = createI18n({
  resources: {
    'zh-CN': {
      ...zhCN,
      applicant: applicantZhCN,
      public: publicZhCN,
      membership: membershipZhCN,
      titles: titlesZhCN,
      guide: guideZhCN,
    },
    en: { ...en, applicant: applicantEn, public: publicEn, membership: membershipEn, titles: titlesEn, guide: guideEn },
  },
  storageKey: 'sme-portal-language',
});
