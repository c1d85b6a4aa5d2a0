import { LoadingScreen, NoAccess, describeRequestError } from '@sme/ui';
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PortalShell } from '../portal-shell';
import { hasPortalAccess } from './access';
import { SignInPage } from './sign-in-page';
import { useSignOut } from './use-sign-out';
import { MeQuery, type Viewer } from './viewer';

/** Who is signed in decides the screen: sign-in, no access, or the portal. */
export function AuthGate() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MeQuery });

  if (!data) {
    if (fetching || !error) return <LoadingScreen label={t('app.loading')} />;
    return (
      <Result
        status="error"
        title={t('app.meFailed')}
        subTitle={describeRequestError(error, t)}
        extra={
          <Button type="primary" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
            {t('ui.error.retry')}
          </Button>
        }
      />
    );
  }
  if (!data.me) return <SignInPage />;
  if (!hasPortalAccess(data.me.roles)) return <NoAccessPage viewer={data.me} />;
  return <PortalShell viewer={data.me} />;
}

function NoAccessPage({ viewer }: { viewer: Viewer }) {
  const { signOut, signingOut } = useSignOut();
  return <NoAccess email={viewer.email} onSignOut={signOut} signingOut={signingOut} />;
}
