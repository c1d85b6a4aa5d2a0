import type { Role } from '@sme/client';
import { AuditOutlined, SafetyOutlined } from '@ant-design/icons';
import { lazyPage, type ShellNavItem } from '@sme/ui';
import type { TFunction } from 'i18next';
import { Route } from 'react-router';

const AuditPage = lazyPage(() => import('./audit-page'), 'AuditPage');
const AccountPage = lazyPage(() => import('../user/account-page'), 'AccountPage');

// The audit trail for administrators; the account security page for everyone signed in.
export function auditNavItems(roles: readonly Role[], t: TFunction): ShellNavItem[] {
  return [
    ...(roles.includes('ADMIN') ? [{ key: '/audit', label: t('audit.nav'), icon: <AuditOutlined /> }] : []),
    { key: '/account', label: t('user.nav.account'), icon: <SafetyOutlined /> },
  ];
}

export function auditRoutes(roles: readonly Role[]) {
  return [
    ...(roles.includes('ADMIN') ? [<Route key="audit" path="audit" element={<AuditPage />} />] : []),
    <Route key="account" path="account" element={<AccountPage isAdmin={roles.includes('ADMIN')} />} />,
  ];
}
