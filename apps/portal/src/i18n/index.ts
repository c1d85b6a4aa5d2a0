import { createI18n } from '@sme/ui';
import { applicantEn, applicantZhCN } from '../applications/i18n';
import { en } from './en';
import { zhCN } from './zh-CN';
import { publicEn, publicZhCN } from '../public/i18n';

export const i18n = createI18n({
  resources: {
    'zh-CN': { ...zhCN, applicant: applicantZhCN, public: publicZhCN },
    en: { ...en, applicant: applicantEn, public: publicEn },
  },
  storageKey: 'sme-portal-language',
});
