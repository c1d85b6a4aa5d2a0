import { createI18n } from '@sme/ui';
import { en } from './en';
import { zhCN } from './zh-CN';

export const i18n = createI18n({ resources: { 'zh-CN': zhCN, en }, storageKey: 'sme-portal-language' });
