import { NotificationBell, useSignOut, type Viewer } from '@sme/client';
import { CalendarOutlined, DashboardOutlined, FileTextOutlined } from '@ant-design/icons';
import {
  AppShell,
  LoadingScreen,
  NotFoundResult,
  lazyPage,
  preloadLazyPagesOnIntent,
  type ShellNavItem,
} from '@sme/ui';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useLocation, useNavigate } from 'react-router';
import { canEditCalendar } from './auth/access';
import { WorkbenchPage } from './workbench-page';
import { reviewNavItems, reviewRoutes } from './review/review-routes';
import { noticeNavItems, noticeRoutes } from './notice/notice-routes';
import { titleNavItems, titleRoutes } from './title/title-routes';
import { spotCheckNavItems, spotCheckRoutes } from './spot-check/spot-check-routes';
import { revocationNavItems, revocationRoutes } from './revocation/revocation-routes';
import {
  nationalRankingNavItems,
  nationalRankingRoutes,
  nationalRecommendationNavItems,
  nationalRecommendationRoutes,
} from './national-recommendation/national-recommendation-routes';
import { outboxNavItems, outboxRoutes } from './outbox/outbox-routes';
import { statisticsNavItems, statisticsRoutes } from './statistics/statistics-routes';
import { membershipNavItems, membershipRoutes } from './membership/membership-routes';
import {
  associationActivityNavItems,
  associationActivityRoutes,
} from './association-activity/association-activity-routes';
import { annualReportNavItems, annualReportRoutes } from './annual-report/annual-report-routes';
import { auditNavItems, auditRoutes } from './audit/audit-routes';

// The workbench comes with the shell; every other page is a chunk of its own, all of them fetched
// once the first page has painted (the statistics' charts and the GraphQL explorer only when opened).
const ApplicationPage = lazyPage(() => import('./application/application-page'), 'ApplicationPage');
const ApplicationsPage = lazyPage(() => import('./application/applications-page'), 'ApplicationsPage');
const CalendarPage = lazyPage(() => import('./calendar/calendar-page'), 'CalendarPage');

/** The menu entry a path belongs to: the longest key that is the path or a parent of it. */
export function selectedNavKey(pathname: string, keys: readonly string[]): string | undefined {
  return keys
    .filter((key) => (key === '/' ? pathname === '/' : pathname === key || pathname.startsWith(`${key}/`)))
    .sort((a, b) => b.length - a.length)[0];
}

export function ConsoleShell({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { signOut, signingOut } = useSignOut();
  useEffect(() => preloadLazyPagesOnIntent(), []);

  // every console role may list applications (the API narrows what each one sees) and read the
  // working-day calendar; only administrators get its editing controls
  const navItems: ShellNavItem[] = [
    { key: '/', label: t('nav.home'), icon: <DashboardOutlined /> },
    { key: '/applications', label: t('nav.applications'), icon: <FileTextOutlined /> },
    { key: '/calendar', label: t('nav.calendar'), icon: <CalendarOutlined /> },
    ...reviewNavItems(viewer.roles, t),
    ...noticeNavItems(viewer.roles, t),
    ...titleNavItems(viewer.roles, t),
    ...spotCheckNavItems(viewer.roles, t),
    ...revocationNavItems(viewer.roles, t),
    ...nationalRecommendationNavItems(viewer.roles, t),
    ...nationalRankingNavItems(viewer.roles, t),
    ...annualReportNavItems(viewer.roles, t),
    ...associationActivityNavItems(viewer.roles, t),
    ...outboxNavItems(viewer.roles, t),
    ...statisticsNavItems(viewer.roles, t),
    ...membershipNavItems(viewer, t),
    ...auditNavItems(viewer.roles, t),
  ];

  return (
    <AppShell
      title={t('app.title')}
      navItems={navItems}
      selectedKey={selectedNavKey(
        location.pathname,
        navItems.map((item) => item.key),
      )}
      onNavigate={(key) => void navigate(key)}
      user={{ displayName: viewer.displayName, email: viewer.email, organisationName: viewer.unit?.name ?? null }}
      onSignOut={signOut}
      signingOut={signingOut}
      headerExtra={<NotificationBell basename="/admin" />}
    >
      <Suspense fallback={<LoadingScreen label={t('ui.session.loading')} />}>
        <Routes>
          <Route index element={<WorkbenchPage />} />
          <Route path="applications" element={<ApplicationsPage />} />
          <Route path="applications/:id" element={<ApplicationPage />} />
          <Route path="calendar" element={<CalendarPage canEdit={canEditCalendar(viewer.roles)} />} />
          {reviewRoutes(viewer.roles)}
          {noticeRoutes(viewer.roles)}
          {titleRoutes(viewer.roles)}
          {spotCheckRoutes(viewer.roles)}
          {revocationRoutes(viewer.roles)}
          {nationalRecommendationRoutes(viewer.roles)}
          {nationalRankingRoutes(viewer.roles)}
          {annualReportRoutes(viewer.roles)}
          {associationActivityRoutes(viewer.roles)}
          {outboxRoutes(viewer.roles)}
          {statisticsRoutes(viewer.roles)}
          {membershipRoutes()}
          {auditRoutes(viewer.roles)}
          <Route
            path="*"
            element={<NotFoundResult title={t('notFound.title')} backTo="/" backLabel={t('notFound.back')} />}
          />
        </Routes>
      </Suspense>
    </AppShell>
  );
}
