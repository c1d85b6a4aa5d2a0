import { accountSecurityEn, accountSecurityZhCN } from '@sme/client';
import { createI18n } from '@sme/ui';
import { en } from './en';
import { featureResources } from './features';
import { zhCN } from './zh-CN';

export const i18n = createI18n({
  resources: {
    'zh-CN': { ...zhCN, ...featureResources('zh-CN'), accountSecurity: accountSecurityZhCN },
    en: { ...en, ...featureResources('en'), accountSecurity: accountSecurityEn },
  },
  storageKey: 'sme-admin-language',
});
