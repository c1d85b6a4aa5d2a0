import type { Role } from '@sme/client';
import { OrderedListOutlined } from '@ant-design/icons';
import type { ShellNavItem } from '@sme/ui';
import type { TFunction } from 'i18next';
import { Route } from 'react-router';
import { RankingPage } from './ranking-page';

// Ranking titles for national recommendation is the secretariat's (Art. 14); the API checks again.
export function nationalRankingNavItems(roles: readonly Role[], t: TFunction): ShellNavItem[] {
  if (!roles.includes('ADMIN')) return [];
  return [
    {
      key: '/national-recommendations/ranking',
      label: t('nationalRecommendation.nav.ranking'),
      icon: <OrderedListOutlined />,
    },
  ];
}

export function nationalRankingRoutes(roles: readonly Role[]) {
  if (!roles.includes('ADMIN')) return [];
  return [<Route key="national-ranking" path="national-recommendations/ranking" element={<RankingPage />} />];
}
