import { createI18n } from '@sme/ui';
import { applicantEn, applicantZhCN } from '../applications/i18n';
import { en } from './en';
import { zhCN } from './zh-CN';

export const i18n = createI18n({
  resources: {
    'zh-CN': { ...zhCN, applicant: applicantZhCN },
    en: { ...en, applicant: applicantEn },
  },
  storageKey: 'sme-portal-language',
});
