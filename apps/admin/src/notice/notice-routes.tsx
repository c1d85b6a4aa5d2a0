import type { Role } from '@sme/client';
import { ExceptionOutlined, NotificationOutlined, FileProtectOutlined } from '@ant-design/icons';
import { lazyPage, type ShellNavItem } from '@sme/ui';
import type { TFunction } from 'i18next';
import { Route } from 'react-router';

const CertificatesPage = lazyPage(() => import('./certificates-page'), 'CertificatesPage');
const NoticePage = lazyPage(() => import('./notice-page'), 'NoticePage');
const NoticesPage = lazyPage(() => import('./notices-page'), 'NoticesPage');
const ObjectionsPage = lazyPage(() => import('./objections-page'), 'ObjectionsPage');
const PublishNoticePage = lazyPage(() => import('./publish-notice-page'), 'PublishNoticePage');

// Notices, objections and the award are the secretariat's (Art. 8, 9); the API enforces it.
export function noticeNavItems(roles: readonly Role[], t: TFunction): ShellNavItem[] {
  if (!roles.includes('ADMIN')) return [];
  return [
    { key: '/notices', label: t('notice.nav.notices'), icon: <NotificationOutlined /> },
    { key: '/objections', label: t('notice.nav.objections'), icon: <ExceptionOutlined /> },
    { key: '/certificates', label: t('notice.nav.certificates'), icon: <FileProtectOutlined /> },
  ];
}

export function noticeRoutes(roles: readonly Role[]) {
  if (!roles.includes('ADMIN')) return [];
  return [
    <Route key="notices" path="notices" element={<NoticesPage />} />,
    <Route key="notice-new" path="notices/new" element={<PublishNoticePage />} />,
    <Route key="notice" path="notices/:id" element={<NoticePage />} />,
    <Route key="objections" path="objections" element={<ObjectionsPage />} />,
    <Route key="certificates" path="certificates" element={<CertificatesPage />} />,
  ];
}
