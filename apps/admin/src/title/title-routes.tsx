import type { Role } from '@sme/client';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { lazyPage, type ShellNavItem } from '@sme/ui';
import type { TFunction } from 'i18next';
import { Route } from 'react-router';

const TitleImportPage = lazyPage(() => import('../title-import/title-import-page'), 'TitleImportPage');
const loadTitlePages = () => import('./title-pages');
const TitlePage = lazyPage(loadTitlePages, 'TitlePage');
const TitlesPage = lazyPage(loadTitlePages, 'TitlesPage');

// Titles (称号) after the award: administrators' pages; the API checks every action again.
export function titleNavItems(roles: readonly Role[], t: TFunction): ShellNavItem[] {
  if (!roles.includes('ADMIN')) return [];
  return [{ key: '/titles', label: t('title.nav'), icon: <SafetyCertificateOutlined /> }];
}

export function titleRoutes(roles: readonly Role[]) {
  if (!roles.includes('ADMIN')) return [];
  return [
    <Route key="titles" path="titles" element={<TitlesPage />} />,
    <Route key="titles-import" path="titles/import" element={<TitleImportPage />} />,
    <Route key="title" path="titles/:id" element={<TitlePage />} />,
  ];
}
