import { FrontEndRoot } from '@sme/client';
import { lazyPage, PageSuspense, preloadWhenIdle } from '@sme/ui';
import { useEffect } from 'react';
import { hasConsoleAccess, otherFrontEndFor } from './auth/access';
import { i18n } from './i18n';

// The signed-in console is a chunk of its own, fetched once the sign-in page has painted.
const ConsoleShell = lazyPage(() => import('./console-shell'), 'ConsoleShell');

export function App() {
  useEffect(() => preloadWhenIdle(ConsoleShell.preload), []);
  return (
    <FrontEndRoot i18n={i18n} basename="/admin" hasAccess={hasConsoleAccess} otherFrontEnd={otherFrontEndFor}>
      {(viewer) => (
        <PageSuspense>
          <ConsoleShell viewer={viewer} />
        </PageSuspense>
      )}
    </FrontEndRoot>
  );
}
