import type { Role } from '@sme/client';
import { FileDoneOutlined } from '@ant-design/icons';
import { lazyPage, type ShellNavItem } from '@sme/ui';
import type { TFunction } from 'i18next';
import { Route } from 'react-router';
const AnnualReportPage = lazyPage(() => import('./annual-report-page'), 'AnnualReportPage');
const AnnualReportsPage = lazyPage(() => import('./annual-reports-page'), 'AnnualReportsPage');

// Reviewing annual service reports is the secretariat's (Art. 12); the API checks again.
export function annualReportNavItems(roles: readonly Role[], t: TFunction): ShellNavItem[] {
  if (!roles.includes('ADMIN')) return [];
  return [{ key: '/annual-reports', label: t('annualReport.nav.annualReports'), icon: <FileDoneOutlined /> }];
}

export function annualReportRoutes(roles: readonly Role[]) {
  if (!roles.includes('ADMIN')) return [];
  return [
    <Route key="annual-reports" path="annual-reports" element={<AnnualReportsPage />} />,
    <Route key="annual-report" path="annual-reports/:id" element={<AnnualReportPage />} />,
  ];
}
