import { DashboardOutlined, FileAddOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { NotificationBell, useSignOut, type Viewer } from '@sme/client';
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
import { ViewerContext } from './viewer-context';
import { membershipNavItems, membershipRoutes } from './membership/membership-routes';
import { MemberWorkbench } from './membership/member-workbench';
import { titleNavItems, titleRoutes } from './title/title-routes';
import { serviceRecordNavItems, serviceRecordRoutes } from './service-record/service-record-routes';
import { annualReportNavItems, annualReportRoutes } from './annual-report/annual-report-routes';
import { userNavItems, userRoutes } from './user/user-routes';
import { AssociationName, publicNavItems } from './public/public-links';

// The workbench comes with the shell; every other page is a chunk of its own (the application
// editor is the largest), fetched after the workbench has painted.
const ApplicationPage = lazyPage(() => import('./application/application-page'), 'ApplicationPage');
const MyApplicationsPage = lazyPage(() => import('./application/my-applications-page'), 'MyApplicationsPage');
const NewApplicationPage = lazyPage(() => import('./application/new-application-page'), 'NewApplicationPage');

/** The menu entry a path belongs to: the longest key that is the path or a parent of it, so
 * /applications/new does not also select /applications. */
export function selectedNavKey(pathname: string, keys: readonly string[]): string | undefined {
  return keys
    .filter((key) => pathname === key || pathname.startsWith(`${key}/`))
    .sort((a, b) => b.length - a.length)[0];
}

export function PortalShell({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { signOut, signingOut } = useSignOut();
  useEffect(() => preloadLazyPagesOnIntent(), []);

  const navItems: ShellNavItem[] = [
    { key: '/', label: t('membership.nav.home'), icon: <DashboardOutlined /> },
    { key: '/applications', label: t('nav.myApplications'), icon: <UnorderedListOutlined /> },
    { key: '/applications/new', label: t('nav.newApplication'), icon: <FileAddOutlined /> },
    ...membershipNavItems(t),
    ...titleNavItems(t),
    ...serviceRecordNavItems(t),
    ...annualReportNavItems(t),
    ...userNavItems(t),
    ...publicNavItems(t),
  ];
  // an application's own page belongs to "my applications", not to "new application"
  const keys = navItems.map((item) => item.key);
  const selectedKey =
    location.pathname === '/applications/new'
      ? '/applications/new'
      : selectedNavKey(
          location.pathname,
          keys.filter((k) => k !== '/applications/new'),
        );

  return (
    <ViewerContext.Provider value={viewer}>
      <AppShell
        title={t('app.title')}
        navItems={navItems}
        selectedKey={selectedKey}
        onNavigate={(key) => void navigate(key)}
        user={{
          displayName: viewer.displayName,
          email: viewer.email,
          organisationName: viewer.organisation?.name ?? null,
        }}
        onSignOut={signOut}
        signingOut={signingOut}
        headerExtra={
          <>
            <AssociationName />
            <NotificationBell basename="" />
          </>
        }
      >
        <Suspense fallback={<LoadingScreen label={t('ui.session.loading')} />}>
          <Routes>
            <Route index element={<MemberWorkbench />} />
            <Route path="applications" element={<MyApplicationsPage />} />
            <Route path="applications/new" element={<NewApplicationPage />} />
            <Route path="applications/:id" element={<ApplicationPage />} />
            {membershipRoutes()}
            {titleRoutes()}
            {serviceRecordRoutes()}
            {annualReportRoutes()}
            {userRoutes()}
            <Route
              path="*"
              element={
                <NotFoundResult title={t('notFound.title')} backTo="/applications" backLabel={t('notFound.back')} />
              }
            />
          </Routes>
        </Suspense>
      </AppShell>
    </ViewerContext.Provider>
  );
}
