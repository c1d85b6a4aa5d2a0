import { createI18n } from '@sme/ui';
import { applicantEn, applicantZhCN } from '../applications/i18n';
import { titlesEn, titlesZhCN } from '../titles/i18n';
import { en } from './en';
import { zhCN } from './zh-CN';

export const i18n = createI18n({
  resources: {
    'zh-CN': { ...zhCN, applicant: applicantZhCN, titles: titlesZhCN },
    en: { ...en, applicant: applicantEn, titles: titlesEn },
  },
  storageKey: 'sme-portal-language',
});
