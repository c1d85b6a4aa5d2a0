import { IdcardOutlined } from '@ant-design/icons';
import { lazyPage, PageSuspense, type ShellNavItem } from '@sme/ui';
import type { TFunction } from 'i18next';
import { Route } from 'react-router';

const MembershipPage = lazyPage(() => import('./membership-page'), 'MembershipPage');
const RegisterPage = lazyPage(() => import('./register-page'), 'RegisterPage');

export function membershipNavItems(t: TFunction): ShellNavItem[] {
  return [{ key: '/membership', label: t('membership.nav.membership'), icon: <IdcardOutlined /> }];
}

/** Signed-in member pages. */
export function membershipRoutes() {
  return [<Route key="membership" path="membership" element={<MembershipPage />} />];
}

/** Open to everyone, before the sign-in gate. */
export function membershipPublicRoutes() {
  return [
    <Route
      key="register"
      path="register"
      element={
        <PageSuspense>
          <RegisterPage />
        </PageSuspense>
      }
    />,
  ];
}
