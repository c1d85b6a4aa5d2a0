import { FrontEndRoot } from '@sme/client';
import { hasConsoleAccess, otherFrontEndFor } from './auth/access';
import { ConsoleShell } from './console-shell';
import { i18n } from './i18n';

export function App() {
  return (
    <FrontEndRoot i18n={i18n} basename="/admin" hasAccess={hasConsoleAccess} otherFrontEnd={otherFrontEndFor}>
      {(viewer) => <ConsoleShell viewer={viewer} />}
    </FrontEndRoot>
  );
}
