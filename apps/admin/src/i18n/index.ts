import { createI18n } from '@sme/ui';
import { en } from './en';
import { zhCN } from './zh-CN';
import { reviewEn, reviewZhCN } from '../review/i18n';

export const i18n = createI18n({ resources: { 'zh-CN': { ...zhCN, review: reviewZhCN }, en: { ...en, review: reviewEn } }, storageKey: 'sme-admin-language' });
