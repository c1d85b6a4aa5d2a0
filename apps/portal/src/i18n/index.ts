import { createI18n } from '@sme/ui';
import { applicantEn, applicantZhCN } from '../applications/i18n';
import { titlesEn, titlesZhCN } from '../titles/i18n';
import { en } from './en';
import { zhCN } from './zh-CN';
import { publicEn, publicZhCN } from '../public/i18n';
import { membershipEn, membershipZhCN } from '../membership/i18n';

export const i18n = createI18n({
  resources: {
    'zh-CN': { ...zhCN, applicant: applicantZhCN, public: publicZhCN, membership: membershipZhCN, titles: titlesZhCN },
    en: { ...en, applicant: applicantEn, public: publicEn, membership: membershipEn, titles: titlesEn },
  },
  storageKey: 'sme-portal-language',
});
