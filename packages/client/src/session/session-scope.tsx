import type { i18n as I18n } from 'i18next';
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { Provider } from 'urql';
import { createApiClient } from '../api-client';

const ResetSessionContext = createContext<() => void>(() => {});

/** Starts a fresh session: a new urql client, so `me` and everything else is fetched again. */
export function useResetSession(): () => void {
  return useContext(ResetSessionContext);
}

/** Gives its children a GraphQL client for the current session. Signing in or out, or the
 * session lapsing, replaces the client: a new key drops the old client, its cache and all page
 * state, so nothing fetched for one user is shown to the next. */
export function SessionScope({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  const [generation, setGeneration] = useState(0);
  const resetSession = useCallback(() => setGeneration((g) => g + 1), []);
  return (
    <ResetSessionContext.Provider value={resetSession}>
      <ClientScope key={generation} i18n={i18n} onSessionExpired={resetSession}>
        {children}
      </ClientScope>
    </ResetSessionContext.Provider>
  );
}

function ClientScope({
  i18n,
  onSessionExpired,
  children,
}: {
  i18n: I18n;
  onSessionExpired: () => void;
  children: ReactNode;
}) {
  const [client] = useState(() => createApiClient(onSessionExpired, i18n));
  return <Provider value={client}>{children}</Provider>;
}
