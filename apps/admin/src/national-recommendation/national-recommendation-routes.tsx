import type { Role } from '@sme/client';
import { FlagOutlined } from '@ant-design/icons';
import { lazyPage, type ShellNavItem } from '@sme/ui';
import type { TFunction } from 'i18next';
import { Route } from 'react-router';

const NationalRecommendationsPage = lazyPage(
  () => import('./national-recommendations-page'),
  'NationalRecommendationsPage',
);

// Recommendation to the national level (推荐国家级, Art. 14): administrators only; the API checks again.
export function nationalRecommendationNavItems(roles: readonly Role[], t: TFunction): ShellNavItem[] {
  if (!roles.includes('ADMIN')) return [];
  return [{ key: '/national-recommendations', label: t('nationalRecommendation.nav'), icon: <FlagOutlined /> }];
}

export function nationalRecommendationRoutes(roles: readonly Role[]) {
  if (!roles.includes('ADMIN')) return [];
  return [<Route key="national" path="national-recommendations" element={<NationalRecommendationsPage />} />];
}
