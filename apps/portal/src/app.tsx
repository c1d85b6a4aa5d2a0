import { FrontEndRoot } from '@sme/client';
import { hasPortalAccess, otherFrontEndFor } from './auth/access';
import { i18n } from './i18n';
import { PortalShell } from './portal-shell';
import { PublicPages, isPublicPath } from './public/public-pages';

export function App() {
  return (
    <FrontEndRoot i18n={i18n} hasAccess={hasPortalAccess} otherFrontEnd={otherFrontEndFor} publicPages={{ isPublic: isPublicPath, render: () => <PublicPages /> }}>
      {(viewer) => <PortalShell viewer={viewer} />}
    </FrontEndRoot>
  );
}
