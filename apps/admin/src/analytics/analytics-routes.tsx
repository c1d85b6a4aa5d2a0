import type { Role } from '@sme/client';
import { BarChartOutlined } from '@ant-design/icons';
import type { ShellNavItem } from '@sme/ui';
import type { TFunction } from 'i18next';
import { lazy, Suspense, type ReactNode } from 'react';
import { Spin } from 'antd';
import { Route } from 'react-router';

// ECharts is large: the dashboard loads it on first visit rather than with the console.
const DashboardPage = lazy(() => import('./dashboard-page').then((m) => ({ default: m.DashboardPage })));

/** Analysts and administrators read the statistics (the API refuses everyone else). */
export function canReadStatistics(roles: readonly Role[]): boolean {
  return roles.includes('ANALYST') || roles.includes('ADMIN');
}

export function analyticsNavItems(roles: readonly Role[], t: TFunction): ShellNavItem[] {
  if (!canReadStatistics(roles)) return [];
  return [{ key: '/statistics', label: t('analytics.nav.dashboard'), icon: <BarChartOutlined /> }];
}

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Spin style={{ display: 'block', margin: '48px auto' }} />}>{children}</Suspense>;
}

export function analyticsRoutes(roles: readonly Role[]) {
  if (!canReadStatistics(roles)) return [];
  return [
    <Route
      key="statistics"
      path="statistics"
      element={
        <Lazy>
          <DashboardPage />
        </Lazy>
      }
    />,
  ];
}
