import { FrontEndRoot } from '@sme/client';
import { hasPortalAccess, otherFrontEndFor } from './auth/access';
import { i18n } from './i18n';
import { PortalShell } from './portal-shell';
import { publicRoutes } from './public/public-pages';
import { membershipPublicRoutes } from './membership/membership-routes';
import { RegisterLink } from './membership/register-page';

export function App() {
  return (
    <FrontEndRoot
      i18n={i18n}
      hasAccess={hasPortalAccess}
      otherFrontEnd={otherFrontEndFor}
      publicRoutes={[...membershipPublicRoutes(), ...publicRoutes()]}
      signInExtra={<RegisterLink />}
    >
      {(viewer) => <PortalShell viewer={viewer} />}
    </FrontEndRoot>
  );
}
