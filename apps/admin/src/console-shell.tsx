import { NotificationBell, useSignOut, type Viewer } from '@sme/client';
import { CalendarOutlined, DashboardOutlined, FileTextOutlined } from '@ant-design/icons';
import { AppShell, NotFoundResult, type ShellNavItem } from '@sme/ui';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useLocation, useNavigate } from 'react-router';
import { ApplicationPage } from './applications/application-page';
import { ApplicationsPage } from './applications/applications-page';
import { canEditCalendar } from './auth/access';
import { CalendarPage } from './calendar/calendar-page';
import { WorkbenchPage } from './workbench-page';
import { reviewNavItems, reviewRoutes } from './review/review-routes';
import { noticeNavItems, noticeRoutes } from './notice/notice-routes';
import { afterAwardNavItems, afterAwardRoutes } from './after-award/after-award-routes';
import { analyticsNavItems, analyticsRoutes } from './analytics/analytics-routes';
import { membershipNavItems, membershipRoutes } from './membership/membership-routes';
import {
  associationActivityNavItems,
  associationActivityRoutes,
} from './association-activity/association-activity-routes';
import { annualReportNavItems, annualReportRoutes } from './annual-report/annual-report-routes';
import {
  nationalRankingNavItems,
  nationalRankingRoutes,
} from './national-recommendation/national-recommendation-routes';

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

  // every console role may list applications (the API narrows what each one sees) and read the
  // working-day calendar; only administrators get its editing controls
  const navItems: ShellNavItem[] = [
    { key: '/', label: t('nav.home'), icon: <DashboardOutlined /> },
    { key: '/applications', label: t('nav.applications'), icon: <FileTextOutlined /> },
    { key: '/calendar', label: t('nav.calendar'), icon: <CalendarOutlined /> },
    ...reviewNavItems(viewer.roles, t),
    ...noticeNavItems(viewer.roles, t),
    ...afterAwardNavItems(viewer.roles, t),
    ...nationalRankingNavItems(viewer.roles, t),
    ...annualReportNavItems(viewer.roles, t),
    ...associationActivityNavItems(viewer.roles, t),
    ...analyticsNavItems(viewer.roles, t),
    ...membershipNavItems(viewer, t),
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
      <Routes>
        <Route index element={<WorkbenchPage />} />
        <Route path="applications" element={<ApplicationsPage />} />
        <Route path="applications/:id" element={<ApplicationPage />} />
        <Route path="calendar" element={<CalendarPage canEdit={canEditCalendar(viewer.roles)} />} />
        {reviewRoutes(viewer.roles)}
        {noticeRoutes(viewer.roles)}
        {afterAwardRoutes(viewer.roles)}
        {nationalRankingRoutes(viewer.roles)}
        {annualReportRoutes(viewer.roles)}
        {associationActivityRoutes(viewer.roles)}
        {analyticsRoutes(viewer.roles)}
        {membershipRoutes()}
        <Route
          path="*"
          element={<NotFoundResult title={t('notFound.title')} backTo="/" backLabel={t('notFound.back')} />}
        />
      </Routes>
    </AppShell>
  );
}
