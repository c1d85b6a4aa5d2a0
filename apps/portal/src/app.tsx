import { FrontEndRoot } from '@sme/client';
import { hasPortalAccess, otherFrontEndFor } from './auth/access';
import { i18n } from './i18n';
import { PortalShell } from './portal-shell';

export function App() {
  return (
    <FrontEndRoot i18n={i18n} hasAccess={hasPortalAccess} otherFrontEnd={otherFrontEndFor}>
      {(viewer) => <PortalShell viewer={viewer} />}
    </FrontEndRoot>
  );
}
