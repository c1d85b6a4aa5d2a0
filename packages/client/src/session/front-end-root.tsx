import { UiProvider } from '@sme/ui';
import type { i18n as I18n } from 'i18next';
import { useEffect, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import type { Role } from '../graphql';
import { AuthGate } from './auth-gate';
import { DemoAccountsBanner } from './demo-accounts-banner';
import { SessionScope } from './session-scope';
import type { Viewer } from './viewer';

export type FrontEndRootProps = {
  i18n: I18n;
  /** Where the app is served, e.g. "/admin"; omit for "/". */
  basename?: string;
  hasAccess: (roles: readonly Role[]) => boolean;
  /** The signed-in application for this viewer. */
  children: (viewer: Viewer) => ReactNode;
};

/** Everything a front end wraps its pages in: translations, theme, router, a session-scoped
 * GraphQL client and the sign-in gate. The app's `app.title`/`app.subtitle` strings name it. */
export function FrontEndRoot({ i18n, basename, hasAccess, children }: FrontEndRootProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <UiProvider>
        <DocumentTitle />
        <BrowserRouter basename={basename}>
          <SessionScope i18n={i18n}>
            <DemoAccountsBanner />
            <Gate hasAccess={hasAccess}>{children}</Gate>
          </SessionScope>
        </BrowserRouter>
      </UiProvider>
    </I18nextProvider>
  );
}

function Gate({ hasAccess, children }: Pick<FrontEndRootProps, 'hasAccess' | 'children'>) {
  const { t } = useTranslation();
  return (
    <AuthGate hasAccess={hasAccess} title={t('app.title')} subtitle={t('app.subtitle')}>
      {children}
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
