import { AuthGate, SessionScope } from '@sme/client';
import { UiProvider } from '@sme/ui';
import { useEffect } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { hasConsoleAccess } from './auth/access';
import { ConsoleShell } from './console-shell';
import { i18n } from './i18n';

export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <UiProvider>
        <DocumentTitle />
        <BrowserRouter basename="/admin">
          <SessionScope i18n={i18n}>
            <Gate />
          </SessionScope>
        </BrowserRouter>
      </UiProvider>
    </I18nextProvider>
  );
}

function Gate() {
  const { t } = useTranslation();
  return (
    <AuthGate hasAccess={hasConsoleAccess} title={t('app.title')} subtitle={t('app.subtitle')}>
      {(viewer) => <ConsoleShell viewer={viewer} />}
    </AuthGate>
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
