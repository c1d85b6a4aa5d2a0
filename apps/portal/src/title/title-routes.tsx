import { ExperimentOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { lazyPage, type ShellNavItem } from '@sme/ui';
import type { TFunction } from 'i18next';
import { Route } from 'react-router';

const loadSpotChecks = () => import('../spot-check/spot-check-pages');
const loadTitles = () => import('./title-pages');
const MySpotCheckPage = lazyPage(loadSpotChecks, 'MySpotCheckPage');
const MySpotChecksPage = lazyPage(loadSpotChecks, 'MySpotChecksPage');
const MyTitlePage = lazyPage(loadTitles, 'MyTitlePage');
const MyTitlesPage = lazyPage(loadTitles, 'MyTitlesPage');

// The member's titles and spot checks; the notices link to /titles/:id and /spot-checks/:id.
export function titleNavItems(t: TFunction): ShellNavItem[] {
  return [
    { key: '/titles', label: t('title.nav'), icon: <SafetyCertificateOutlined /> },
    { key: '/spot-checks', label: t('spotCheck.nav'), icon: <ExperimentOutlined /> },
  ];
}

export function titleRoutes() {
  return [
    <Route key="titles" path="titles" element={<MyTitlesPage />} />,
    <Route key="title" path="titles/:id" element={<MyTitlePage />} />,
    <Route key="spot-checks" path="spot-checks" element={<MySpotChecksPage />} />,
    <Route key="spot-check" path="spot-checks/:id" element={<MySpotCheckPage />} />,
  ];
}
