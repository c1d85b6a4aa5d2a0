import { createI18n } from '@sme/ui';
import { en } from './en';
import { zhCN } from './zh-CN';
import { publicEn, publicZhCN } from '../public/i18n';

export const i18n = createI18n({ resources: { 'zh-CN': { ...zhCN, public: publicZhCN }, en: { ...en, public: publicEn } }, storageKey: 'sme-portal-language' });
