import { FileAddOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useSignOut, type Viewer } from '@sme/client';
import { AppShell, type ShellNavItem } from '@sme/ui';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { MyApplicationsPage } from './applications/my-applications-page';
import { NewApplicationPage } from './applications/new-application-page';
import { ViewerContext } from './viewer-context';

export function PortalShell({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { signOut, signingOut } = useSignOut();

  const navItems: ShellNavItem[] = [
    { key: '/applications', label: t('nav.myApplications'), icon: <UnorderedListOutlined /> },
    { key: '/applications/new', label: t('nav.newApplication'), icon: <FileAddOutlined /> },
  ];
  // the longest matching entry wins, so /applications/new does not also select /applications
  const selectedKey = navItems
    .filter((item) => location.pathname === item.key || location.pathname.startsWith(`${item.key}/`))
    .sort((a, b) => b.key.length - a.key.length)[0]?.key;

  return (
    <ViewerContext.Provider value={viewer}>
      <AppShell
        title={t('app.title')}
        navItems={navItems}
        selectedKey={selectedKey}
        onNavigate={(key) => void navigate(key)}
        user={{ displayName: viewer.displayName, email: viewer.email, organisationName: viewer.organisation?.name ?? null }}
        onSignOut={signOut}
        signingOut={signingOut}
      >
        <Routes>
          <Route index element={<Navigate to="/applications" replace />} />
          <Route path="applications" element={<MyApplicationsPage />} />
          <Route path="applications/new" element={<NewApplicationPage />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </AppShell>
    </ViewerContext.Provider>
  );
}

function NotFound() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t('notFound.title')}
      extra={
        <Button type="primary" onClick={() => void navigate('/applications')}>
          {t('notFound.back')}
        </Button>
      }
    />
  );
}
