import type { Role } from '@sme/client';
import { MailOutlined } from '@ant-design/icons';
import { lazyPage, type ShellNavItem } from '@sme/ui';
import type { TFunction } from 'i18next';
import { Route } from 'react-router';

const OutboxPage = lazyPage(() => import('./outbox-page'), 'OutboxPage');

// The e-mail outbox: administrators only; the API checks again.
export function outboxNavItems(roles: readonly Role[], t: TFunction): ShellNavItem[] {
  if (!roles.includes('ADMIN')) return [];
  return [{ key: '/outbox', label: t('outbox.nav'), icon: <MailOutlined /> }];
}

export function outboxRoutes(roles: readonly Role[]) {
  if (!roles.includes('ADMIN')) return [];
  return [<Route key="outbox" path="outbox" element={<OutboxPage />} />];
}
