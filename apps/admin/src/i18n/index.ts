import { createI18n } from '@sme/ui';
import { en } from './en';
import { zhCN } from './zh-CN';
import { reviewEn, reviewZhCN } from '../review/i18n';
<<<<<<< HEAD
import { noticeEn, noticeZhCN } from '../notice/i18n';

export const i18n = createI18n({ resources: { 'zh-CN': { ...zhCN, review: reviewZhCN, notice: noticeZhCN }, en: { ...en, review: reviewEn, notice: noticeEn } }, storageKey: 'sme-admin-language' });
=======
import { afterAwardEn, afterAwardZhCN } from '../after-award/i18n';

export const i18n = createI18n({ resources: { 'zh-CN': { ...zhCN, review: reviewZhCN, afterAward: afterAwardZhCN }, en: { ...en, review: reviewEn, afterAward: afterAwardEn } }, storageKey: 'sme-admin-language' });
>>>>>>> main
