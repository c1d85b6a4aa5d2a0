import { FrontEndRoot } from '@sme/client';
import { useEffect } from 'react';
import { hasPortalAccess, otherFrontEndFor } from './auth/access';
import { i18n } from './i18n';
import { lazyPage, PageSuspense, preloadWhenIdle } from '@sme/ui';
import { publicRoutes } from './public/public-pages';
import { membershipPublicRoutes } from './membership/membership-routes';
import { RegisterLink } from './membership/register-link';

// The signed-in portal is a chunk of its own, fetched once the first page has painted.
const PortalShell = lazyPage(() => import('./portal-shell'), 'PortalShell');

export function App() {
  useEffect(() => preloadWhenIdle(PortalShell.preload), []);
  return (
    <FrontEndRoot
      i18n={i18n}
      hasAccess={hasPortalAccess}
      otherFrontEnd={otherFrontEndFor}
      publicRoutes={[...membershipPublicRoutes(), ...publicRoutes()]}
      signInExtra={<RegisterLink />}
    >
      {(viewer) => (
        <PageSuspense>
          <PortalShell viewer={viewer} />
        </PageSuspense>
      )}
    </FrontEndRoot>
  );
}
