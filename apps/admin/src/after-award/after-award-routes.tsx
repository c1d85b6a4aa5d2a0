import type { Role } from '@sme/client';
import {
  ExperimentOutlined,
  FlagOutlined,
  MailOutlined,
  SafetyCertificateOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { lazyPage, type ShellNavItem } from '@sme/ui';
import type { TFunction } from 'i18next';
import { Route } from 'react-router';

const ImportPage = lazyPage(() => import('./import-page'), 'ImportPage');
const NationalRecommendationsPage = lazyPage(() => import('./national-page'), 'NationalRecommendationsPage');
const OutboxPage = lazyPage(() => import('../outbox/outbox-page'), 'OutboxPage');
const RevocationsPage = lazyPage(() => import('./revocations-page'), 'RevocationsPage');
const loadSpotCheckPages = () => import('./spot-check-pages');
const CampaignPage = lazyPage(loadSpotCheckPages, 'CampaignPage');
const CampaignsPage = lazyPage(loadSpotCheckPages, 'CampaignsPage');
const loadTitlesPages = () => import('./titles-pages');
const TitlePage = lazyPage(loadTitlesPages, 'TitlePage');
const TitlesPage = lazyPage(loadTitlesPages, 'TitlesPage');

// After the award: administrators' pages; the API checks every action again.
export function afterAwardNavItems(roles: readonly Role[], t: TFunction): ShellNavItem[] {
  if (!roles.includes('ADMIN')) return [];
  return [
    { key: '/titles', label: t('afterAward.nav.titles'), icon: <SafetyCertificateOutlined /> },
    { key: '/spot-checks', label: t('afterAward.nav.spotChecks'), icon: <ExperimentOutlined /> },
    { key: '/revocations', label: t('afterAward.nav.revocations'), icon: <StopOutlined /> },
    { key: '/national-recommendations', label: t('afterAward.nav.national'), icon: <FlagOutlined /> },
    { key: '/outbox', label: t('afterAward.nav.outbox'), icon: <MailOutlined /> },
  ];
}

export function afterAwardRoutes(roles: readonly Role[]) {
  if (!roles.includes('ADMIN')) return [];
  return [
    <Route key="titles" path="titles" element={<TitlesPage />} />,
    <Route key="titles-import" path="titles/import" element={<ImportPage />} />,
    <Route key="title" path="titles/:id" element={<TitlePage />} />,
    <Route key="spot-checks" path="spot-checks" element={<CampaignsPage />} />,
    <Route key="spot-check" path="spot-checks/:id" element={<CampaignPage />} />,
    <Route key="revocations" path="revocations" element={<RevocationsPage />} />,
    <Route key="national" path="national-recommendations" element={<NationalRecommendationsPage />} />,
    <Route key="outbox" path="outbox" element={<OutboxPage />} />,
  ];
}
