import { ExperimentOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { lazyPage, type ShellNavItem } from '@sme/ui';
import type { TFunction } from 'i18next';
import { Route } from 'react-router';

const loadSpotChecks = () => import('./spot-check-pages');
const loadTitles = () => import('./titles-pages');
const MySpotCheckPage = lazyPage(loadSpotChecks, 'MySpotCheckPage');
const MySpotChecksPage = lazyPage(loadSpotChecks, 'MySpotChecksPage');
const MyTitlePage = lazyPage(loadTitles, 'MyTitlePage');
const MyTitlesPage = lazyPage(loadTitles, 'MyTitlesPage');

// The member's titles and spot checks; the notices link to /titles/:id and /spot-checks/:id.
export function titlesNavItems(t: TFunction): ShellNavItem[] {
  return [
    { key: '/titles', label: t('titles.nav.myTitles'), icon: <SafetyCertificateOutlined /> },
    { key: '/spot-checks', label: t('titles.nav.spotChecks'), icon: <ExperimentOutlined /> },
  ];
}

export function titlesRoutes() {
  return [
    <Route key="titles" path="titles" element={<MyTitlesPage />} />,
    <Route key="title" path="titles/:id" element={<MyTitlePage />} />,
    <Route key="spot-checks" path="spot-checks" element={<MySpotChecksPage />} />,
    <Route key="spot-check" path="spot-checks/:id" element={<MySpotCheckPage />} />,
  ];
}
