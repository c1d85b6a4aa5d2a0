import { createI18n } from '@sme/ui';
import { en } from './en';
import { zhCN } from './zh-CN';
import { membershipEn, membershipZhCN } from '../membership/i18n';

export const i18n = createI18n({ resources: { 'zh-CN': { ...zhCN, membership: membershipZhCN }, en: { ...en, membership: membershipEn } }, storageKey: 'sme-portal-language' });
