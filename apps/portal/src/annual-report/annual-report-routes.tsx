import { FileDoneOutlined } from '@ant-design/icons';
import { lazyPage, type ShellNavItem } from '@sme/ui';
import type { TFunction } from 'i18next';
import { Route } from 'react-router';
const AnnualReportPage = lazyPage(() => import('./annual-report-page'), 'AnnualReportPage');
const AnnualReportsPage = lazyPage(() => import('./annual-reports-page'), 'AnnualReportsPage');

// A platform's annual service reports (Art. 12); the API allows only the title holder's members.
export function annualReportNavItems(t: TFunction): ShellNavItem[] {
  return [{ key: '/annual-reports', label: t('annualReport.nav.annualReports'), icon: <FileDoneOutlined /> }];
}

export function annualReportRoutes() {
  return [
    <Route key="annual-reports" path="annual-reports" element={<AnnualReportsPage />} />,
    <Route key="annual-report" path="annual-reports/:titleId/:year" element={<AnnualReportPage />} />,
  ];
}
