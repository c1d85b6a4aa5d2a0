import { FileDoneOutlined } from '@ant-design/icons';
import type { ShellNavItem } from '@sme/ui';
import type { TFunction } from 'i18next';
import { Route } from 'react-router';
import { AnnualReportPage } from './annual-report-page';
import { AnnualReportsPage } from './annual-reports-page';

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
