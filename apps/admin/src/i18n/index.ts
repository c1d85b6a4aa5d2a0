import { createI18n } from '@sme/ui';
import { en } from './en';
import { zhCN } from './zh-CN';
import { reviewEn, reviewZhCN } from '../review/i18n';
import { noticeEn, noticeZhCN } from '../notice/i18n';
import { analyticsEn, analyticsZhCN } from '../analytics/i18n';
import { membershipEn, membershipZhCN } from '../membership/i18n';
import { auditEn } from '../audit/i18n/en';
import { auditZhCN } from '../audit/i18n/zh-CN';
import { userEn } from '../user/i18n/en';
import { userZhCN } from '../user/i18n/zh-CN';
import { accountSecurityEn, accountSecurityZhCN } from '@sme/client';
import { afterAwardEn, afterAwardZhCN } from '../after-award/i18n';

export const i18n = createI18n({
  resources: {
    'zh-CN': {
      ...zhCN,
      review: reviewZhCN,
      notice: noticeZhCN,
      analytics: analyticsZhCN,
      afterAward: afterAwardZhCN,
      membership: membershipZhCN,
      audit: auditZhCN,
      user: userZhCN,
      accountSecurity: accountSecurityZhCN,
    },
    en: {
      ...en,
      review: reviewEn,
      notice: noticeEn,
      analytics: analyticsEn,
      afterAward: afterAwardEn,
      membership: membershipEn,
      audit: auditEn,
      user: userEn,
      accountSecurity: accountSecurityEn,
    },
  },
  storageKey: 'sme-admin-language',
});
