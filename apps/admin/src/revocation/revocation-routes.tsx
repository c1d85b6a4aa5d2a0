import type { Role } from '@sme/client';
import { StopOutlined } from '@ant-design/icons';
import { lazyPage, type ShellNavItem } from '@sme/ui';
import type { TFunction } from 'i18next';
import { Route } from 'react-router';

const RevocationsPage = lazyPage(() => import('./revocations-page'), 'RevocationsPage');

// Revocations (撤销, Arts. 11 and 13): administrators' pages; the API checks every action again.
export function revocationNavItems(roles: readonly Role[], t: TFunction): ShellNavItem[] {
  if (!roles.includes('ADMIN')) return [];
  return [{ key: '/revocations', label: t('revocation.nav'), icon: <StopOutlined /> }];
}

export function revocationRoutes(roles: readonly Role[]) {
  if (!roles.includes('ADMIN')) return [];
  return [<Route key="revocations" path="revocations" element={<RevocationsPage />} />];
}
