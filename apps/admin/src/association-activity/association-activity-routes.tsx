import type { Role } from '@sme/client';
import { TeamOutlined } from '@ant-design/icons';
import { lazyPage, type ShellNavItem } from '@sme/ui';
import type { TFunction } from 'i18next';
import { Route } from 'react-router';
const ActivitiesPage = lazyPage(() => import('./activities-page'), 'ActivitiesPage');

// The association's activities are the secretariat's to record (Art. 12); the API checks again.
export function associationActivityNavItems(roles: readonly Role[], t: TFunction): ShellNavItem[] {
  if (!roles.includes('ADMIN')) return [];
  return [{ key: '/association-activities', label: t('associationActivity.nav.activities'), icon: <TeamOutlined /> }];
}

export function associationActivityRoutes(roles: readonly Role[]) {
  if (!roles.includes('ADMIN')) return [];
  return [<Route key="association-activities" path="association-activities" element={<ActivitiesPage />} />];
}
