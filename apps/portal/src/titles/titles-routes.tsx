import { ExperimentOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { ShellNavItem } from '@sme/ui';
import type { TFunction } from 'i18next';
import { Route } from 'react-router';
import { MySpotCheckPage, MySpotChecksPage } from './spot-check-pages';
import { MyTitlePage, MyTitlesPage } from './titles-pages';

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
