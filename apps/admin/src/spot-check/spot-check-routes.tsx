import type { Role } from '@sme/client';
import { ExperimentOutlined } from '@ant-design/icons';
import { lazyPage, type ShellNavItem } from '@sme/ui';
import type { TFunction } from 'i18next';
import { Route } from 'react-router';

const loadSpotCheckPages = () => import('./spot-check-pages');
const SpotCheckCampaignPage = lazyPage(loadSpotCheckPages, 'SpotCheckCampaignPage');
const SpotCheckCampaignsPage = lazyPage(loadSpotCheckPages, 'SpotCheckCampaignsPage');

// Spot checks (抽查, Art. 13): administrators' pages; the API checks every action again.
export function spotCheckNavItems(roles: readonly Role[], t: TFunction): ShellNavItem[] {
  if (!roles.includes('ADMIN')) return [];
  return [{ key: '/spot-checks', label: t('spotCheck.nav'), icon: <ExperimentOutlined /> }];
}

export function spotCheckRoutes(roles: readonly Role[]) {
  if (!roles.includes('ADMIN')) return [];
  return [
    <Route key="spot-checks" path="spot-checks" element={<SpotCheckCampaignsPage />} />,
    <Route key="spot-check" path="spot-checks/:id" element={<SpotCheckCampaignPage />} />,
  ];
}
