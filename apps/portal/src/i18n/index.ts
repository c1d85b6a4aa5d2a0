import { createI18n } from '@sme/ui';
import { applicantEn, applicantZhCN } from '../applications/i18n';
import { titlesEn, titlesZhCN } from '../titles/i18n';
import { en } from './en';
import { zhCN } from './zh-CN';
import { publicEn, publicZhCN } from '../public/i18n';
import { membershipEn, membershipZhCN } from '../membership/i18n';
import { userEn } from '../user/i18n/en';
import { userZhCN } from '../user/i18n/zh-CN';
import { accountSecurityEn, accountSecurityZhCN } from '@sme/client';

export const i18n = createI18n({
  resources: {
    'zh-CN': {
      ...zhCN,
      applicant: applicantZhCN,
      public: publicZhCN,
      membership: membershipZhCN,
      titles: titlesZhCN,
      user: userZhCN,
      accountSecurity: accountSecurityZhCN,
    },
    en: {
      ...en,
      applicant: applicantEn,
      public: publicEn,
      membership: membershipEn,
      titles: titlesEn,
      user: userEn,
      accountSecurity: accountSecurityEn,
    },
  },
  storageKey: 'sme-portal-language',
});
