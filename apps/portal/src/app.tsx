import { UiProvider } from '@sme/ui';
import { useCallback, useEffect, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { Provider } from 'urql';
import { AuthGate } from './auth/auth-gate';
import { i18n } from './i18n';
import { ResetSessionContext } from './session';
import { createApiClient } from './urql-client';

export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <UiProvider>
        <DocumentTitle />
        <BrowserRouter>
          <Session />
        </BrowserRouter>
      </UiProvider>
    </I18nextProvider>
  );
}

function Session() {
  const [generation, setGeneration] = useState(0);
  const resetSession = useCallback(() => setGeneration((g) => g + 1), []);
  return (
    <ResetSessionContext.Provider value={resetSession}>
      {/* a new key per session drops the old client, its cache and all page state */}
      <ClientScope key={generation} onSessionExpired={resetSession} />
    </ResetSessionContext.Provider>
  );
}

function ClientScope({ onSessionExpired }: { onSessionExpired: () => void }) {
  const [client] = useState(() => createApiClient(onSessionExpired, i18n));
  return (
    <Provider value={client}>
      <AuthGate />
    </Provider>
  );
}

function DocumentTitle() {
  const { t } = useTranslation();
  const title = t('app.title');
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}
