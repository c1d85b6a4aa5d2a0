import { SafetyOutlined } from '@ant-design/icons';
import { AccountSecurityPage } from '@sme/client';
import type { ShellNavItem } from '@sme/ui';
import type { TFunction } from 'i18next';
import { Route } from 'react-router';

// The account security page (two-step sign-in, signed-in devices), shared with the console.

export function userNavItems(t: TFunction): ShellNavItem[] {
  return [{ key: '/account', label: t('user.nav.account'), icon: <SafetyOutlined /> }];
}

export function userRoutes() {
  return [<Route key="account" path="account" element={<AccountSecurityPage />} />];
}
