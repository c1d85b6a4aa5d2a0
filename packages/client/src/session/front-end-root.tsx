import { currentPageTitle, documentTitleOf, UiProvider } from '@sme/ui';
import type { i18n as I18n } from 'i18next';
import { useEffect, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
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
  /** Where roles without access here should go instead: `href` and the i18n key of its name
   * (e.g. staff who sign in to the portal are linked to the console). */
  otherFrontEnd?: ((roles: readonly Role[]) => { href: string; nameKey: string } | null) | undefined;
  /** The signed-in application for this viewer. */
  children: (viewer: Viewer) => ReactNode;
  /** Pages open to everyone, signed in or not (`<Route>` elements, e.g. /register,
   * /public/notices): they are matched before the sign-in gate. */
  publicRoutes?: ReactNode;
  /** Shown under the sign-in form, e.g. a link to register. */
  signInExtra?: ReactNode;
};

/** Everything a front end wraps its pages in: translations, theme, router, a session-scoped
 * GraphQL client and the sign-in gate. The app's `app.title`/`app.subtitle` strings name it. */
export function FrontEndRoot({
  i18n,
  basename,
  hasAccess,
  otherFrontEnd,
  children,
  publicRoutes,
  signInExtra,
}: FrontEndRootProps) {
  const gate = (
    <Gate hasAccess={hasAccess} otherFrontEnd={otherFrontEnd} signInExtra={signInExtra}>
      {children}
    </Gate>
  );
  return (
    <I18nextProvider i18n={i18n}>
      <UiProvider>
        <DocumentTitle />
        <BrowserRouter basename={basename}>
          <SessionScope i18n={i18n}>
            <DemoAccountsBanner />
            {publicRoutes ? (
              <Routes>
                {publicRoutes}
                <Route path="*" element={gate} />
              </Routes>
            ) : (
              gate
            )}
          </SessionScope>
        </BrowserRouter>
      </UiProvider>
    </I18nextProvider>
  );
}

function Gate({
  hasAccess,
  otherFrontEnd,
  signInExtra,
  children,
}: Pick<FrontEndRootProps, 'hasAccess' | 'otherFrontEnd' | 'signInExtra' | 'children'>) {
  const { t } = useTranslation();
  const other = otherFrontEnd
    ? (roles: readonly Role[]) => {
        const target = otherFrontEnd(roles);
        return target ? { href: target.href, name: t(target.nameKey) } : null;
      }
    : undefined;
  return (
    <AuthGate
      hasAccess={hasAccess}
      title={t('app.title')}
      subtitle={t('app.subtitle')}
      otherFrontEnd={other}
      signInExtra={signInExtra}
    >
      {children}
    </AuthGate>
  );
}

function DocumentTitle() {
  const { t } = useTranslation();
  const title = t('app.title');
  useEffect(() => {
    // a page that named itself keeps its name when the language changes
    document.title = documentTitleOf(currentPageTitle(), title);
  }, [title]);
  return null;
}
