import { LoadingScreen, NoAccess, describeRequestError, type OtherFrontEnd } from '@sme/ui';
import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { Role } from '../graphql';
import { SignInPage } from './sign-in-page';
import { useSignOut } from './use-sign-out';
import { MeQuery, type Viewer } from './viewer';

export type AuthGateProps = {
  /** Whether these roles may use this front end. */
  hasAccess: (roles: readonly Role[]) => boolean;
  /** Shown on the sign-in page. */
  title: string;
  subtitle: string;
  /** The front end these roles should use instead, linked from the no-access page. */
  otherFrontEnd?: ((roles: readonly Role[]) => OtherFrontEnd | null) | undefined;
  /** The signed-in application. */
  children: (viewer: Viewer) => ReactNode;
  /** Shown under the sign-in form, e.g. a link to register. */
  signInExtra?: ReactNode;
};

/** Who is signed in decides the screen: sign-in, no access, or the application. */
export function AuthGate({ hasAccess, title, subtitle, otherFrontEnd, signInExtra, children }: AuthGateProps) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MeQuery });

  if (!data) {
    if (fetching || !error) return <LoadingScreen label={t('ui.session.loading')} />;
    return (
      <Result
        status="error"
        title={t('ui.session.meFailed')}
        subTitle={describeRequestError(error, t)}
        extra={
          <Button type="primary" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
            {t('ui.error.retry')}
          </Button>
        }
      />
    );
  }
  if (!data.me) return <SignInPage title={title} subtitle={subtitle} extra={signInExtra} />;
  if (!hasAccess(data.me.roles))
    return <NoAccessPage viewer={data.me} otherFrontEnd={otherFrontEnd?.(data.me.roles) ?? null} />;
  return <>{children(data.me)}</>;
}

function NoAccessPage({ viewer, otherFrontEnd }: { viewer: Viewer; otherFrontEnd: OtherFrontEnd | null }) {
  const { signOut, signingOut } = useSignOut();
  return <NoAccess email={viewer.email} onSignOut={signOut} signingOut={signingOut} otherFrontEnd={otherFrontEnd} />;
}
