import { createI18n } from '@sme/ui';
import { en } from './en';
import { zhCN } from './zh-CN';
import { reviewEn, reviewZhCN } from '../review/i18n';
import { noticeEn, noticeZhCN } from '../notice/i18n';
import { afterAwardEn, afterAwardZhCN } from '../after-award/i18n';

export const i18n = createI18n({
  resources: {
    'zh-CN': { ...zhCN, review: reviewZhCN, notice: noticeZhCN, afterAward: afterAwardZhCN },
    en: { ...en, review: reviewEn, notice: noticeEn, afterAward: afterAwardEn },
  },
  storageKey: 'sme-admin-language',
});
