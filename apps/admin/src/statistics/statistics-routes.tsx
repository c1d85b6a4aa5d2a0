import type { Role } from '@sme/client';
import { ApiOutlined, BarChartOutlined, KeyOutlined } from '@ant-design/icons';
import { lazyPage, type ShellNavItem } from '@sme/ui';
import type { TFunction } from 'i18next';
import { lazy, Suspense, type ReactNode } from 'react';
import { Spin } from 'antd';
import { Route } from 'react-router';

const ApiTokensPage = lazyPage(() => import('./api-tokens-page'), 'ApiTokensPage');

// ECharts is large: the dashboard loads it on first visit rather than with the console.
const DashboardPage = lazy(() => import('./dashboard-page').then((m) => ({ default: m.DashboardPage })));
// GraphiQL likewise, only for those who open it.
const ExplorerPage = lazy(() => import('./explorer-page').then((m) => ({ default: m.ExplorerPage })));

/** Analysts and administrators read the statistics (the API refuses everyone else). */
export function canReadStatistics(roles: readonly Role[]): boolean {
  return roles.includes('ANALYST') || roles.includes('ADMIN');
}

export function statisticsNavItems(roles: readonly Role[], t: TFunction): ShellNavItem[] {
  if (!canReadStatistics(roles)) return [];
  return [
    { key: '/statistics', label: t('statistics.nav.dashboard'), icon: <BarChartOutlined /> },
    { key: '/api-tokens', label: t('statistics.nav.tokens'), icon: <KeyOutlined /> },
    { key: '/explorer', label: t('statistics.nav.explorer'), icon: <ApiOutlined /> },
  ];
}

function Lazy({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Spin style={{ display: 'block', margin: '48px auto' }} />}>{children}</Suspense>;
}

export function statisticsRoutes(roles: readonly Role[]) {
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
    <Route key="api-tokens" path="api-tokens" element={<ApiTokensPage />} />,
    <Route
      key="explorer"
      path="explorer"
      element={
        <Lazy>
          <ExplorerPage />
        </Lazy>
      }
    />,
  ];
}
