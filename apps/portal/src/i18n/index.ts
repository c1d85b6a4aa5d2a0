import { createI18n } from '@sme/ui';
import { applicantEn, applicantZhCN } from '../applications/i18n';
import { en } from './en';
import { zhCN } from './zh-CN';
import { membershipEn, membershipZhCN } from '../membership/i18n';

export const i18n = createI18n({
  resources: {
    'zh-CN': { ...zhCN, applicant: applicantZhCN, membership: membershipZhCN },
    en: { ...en, applicant: applicantEn, membership: membershipEn },
  },
  storageKey: 'sme-portal-language',
});
