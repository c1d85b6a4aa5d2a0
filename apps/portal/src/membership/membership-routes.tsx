import { IdcardOutlined } from '@ant-design/icons';
import type { ShellNavItem } from '@sme/ui';
import type { TFunction } from 'i18next';
import { Route } from 'react-router';
import { MembershipPage } from './membership-page';
import { RegisterPage } from './register-page';

export function membershipNavItems(t: TFunction): ShellNavItem[] {
  return [{ key: '/membership', label: t('membership.nav.membership'), icon: <IdcardOutlined /> }];
}

/** Signed-in member pages. */
export function membershipRoutes() {
  return [<Route key="membership" path="membership" element={<MembershipPage />} />];
}

/** Open to everyone, before the sign-in gate. */
export function membershipPublicRoutes() {
  return [<Route key="register" path="register" element={<RegisterPage />} />];
}
