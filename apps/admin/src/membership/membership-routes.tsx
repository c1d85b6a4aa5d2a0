import type { Viewer } from '@sme/client';
import { UserAddOutlined } from '@ant-design/icons';
import { lazyPage, type ShellNavItem } from '@sme/ui';
import type { TFunction } from 'i18next';
import { Route } from 'react-router';

const MembershipRequestsPage = lazyPage(() => import('./membership-requests-page'), 'MembershipRequestsPage');

/** Membership requests are decided by the Membership Department's staff and administrators (Art. 2). */
export function canDecideMembership(viewer: Pick<Viewer, 'roles' | 'unit'>): boolean {
  return (
    viewer.roles.includes('ADMIN') ||
    (viewer.roles.includes('UNIT_STAFF') && viewer.unit?.kind === 'MEMBERSHIP_DEPARTMENT')
  );
}

export function membershipNavItems(viewer: Viewer, t: TFunction): ShellNavItem[] {
  return canDecideMembership(viewer)
    ? [{ key: '/membership-requests', label: t('membership.nav.requests'), icon: <UserAddOutlined /> }]
    : [];
}

export function membershipRoutes() {
  return [<Route key="membership-requests" path="membership-requests" element={<MembershipRequestsPage />} />];
}
