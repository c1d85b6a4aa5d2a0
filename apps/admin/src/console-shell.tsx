import { useSignOut, type Viewer } from '@sme/client';
import { CalendarOutlined, FileTextOutlined } from '@ant-design/icons';
import { AppShell, type ShellNavItem } from '@sme/ui';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { ApplicationsPage } from './applications/applications-page';
import { canEditCalendar } from './auth/access';
import { CalendarPage } from './calendar/calendar-page';

export function ConsoleShell({ viewer }: { viewer: Viewer }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const { signOut, signingOut } = useSignOut();

  // every console role may list applications (the API narrows what each one sees) and read the
  // working-day calendar; only administrators get its editing controls
  const navItems: ShellNavItem[] = [
    { key: '/applications', label: t('nav.applications'), icon: <FileTextOutlined /> },
    { key: '/calendar', label: t('nav.calendar'), icon: <CalendarOutlined /> },
  ];
  const selectedKey = navItems.find((item) => location.pathname.startsWith(item.key))?.key;

  return (
    <AppShell
      title={t('app.title')}
      navItems={navItems}
      selectedKey={selectedKey}
      onNavigate={(key) => void navigate(key)}
      user={{ displayName: viewer.displayName, email: viewer.email, organisationName: viewer.unit?.name ?? null }}
      onSignOut={signOut}
      signingOut={signingOut}
    >
      <Routes>
        <Route index element={<Navigate to="/applications" replace />} />
        <Route path="applications" element={<ApplicationsPage />} />
        <Route path="calendar" element={<CalendarPage canEdit={canEditCalendar(viewer.roles)} />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </AppShell>
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
