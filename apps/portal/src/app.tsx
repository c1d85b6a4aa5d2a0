import { AuthGate, SessionScope } from '@sme/client';
import { UiProvider } from '@sme/ui';
import { useEffect } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { hasPortalAccess } from './auth/access';
import { i18n } from './i18n';
import { PortalShell } from './portal-shell';

export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <UiProvider>
        <DocumentTitle />
        <BrowserRouter>
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
    <AuthGate hasAccess={hasPortalAccess} title={t('app.title')} subtitle={t('app.subtitle')}>
      {(viewer) => <PortalShell viewer={viewer} />}
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
