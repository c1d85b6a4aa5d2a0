import type { Role } from '@sme/client';
import { FlagOutlined, OrderedListOutlined } from '@ant-design/icons';
import { lazyPage, type ShellNavItem } from '@sme/ui';
import type { TFunction } from 'i18next';
import { Route } from 'react-router';

const NationalRecommendationsPage = lazyPage(
  () => import('./national-recommendations-page'),
  'NationalRecommendationsPage',
);
const RankingPage = lazyPage(() => import('./ranking-page'), 'RankingPage');

// Recommendation to the national level (推荐国家级, Art. 14): administrators only; the API checks again.
export function nationalRecommendationNavItems(roles: readonly Role[], t: TFunction): ShellNavItem[] {
  if (!roles.includes('ADMIN')) return [];
  return [{ key: '/national-recommendations', label: t('nationalRecommendation.nav'), icon: <FlagOutlined /> }];
}

export function nationalRecommendationRoutes(roles: readonly Role[]) {
  if (!roles.includes('ADMIN')) return [];
  return [<Route key="national" path="national-recommendations" element={<NationalRecommendationsPage />} />];
}

// Ranking titles for national recommendation is the secretariat's (Art. 14); the API checks again.
export function nationalRankingNavItems(roles: readonly Role[], t: TFunction): ShellNavItem[] {
  if (!roles.includes('ADMIN')) return [];
  return [
    {
      key: '/national-recommendations/ranking',
      label: t('nationalRecommendation.navRanking'),
      icon: <OrderedListOutlined />,
    },
  ];
}

export function nationalRankingRoutes(roles: readonly Role[]) {
  if (!roles.includes('ADMIN')) return [];
  return [<Route key="national-ranking" path="national-recommendations/ranking" element={<RankingPage />} />];
}
