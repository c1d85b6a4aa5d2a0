import { describeRequestError } from '@sme/ui';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { useResetSession } from './session-scope';
import { LogoutMutation } from './viewer';

/** Calls logout, then starts over at the sign-in page. */
export function useSignOut(): { signOut: () => void; signingOut: boolean } {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const resetSession = useResetSession();
  const [{ fetching }, logout] = useMutation(LogoutMutation);

  const signOut = async () => {
    const result = await logout({});
    if (result.error) {
      void message.error(t('ui.session.signOutFailed', { message: describeRequestError(result.error, t) }));
      return;
    }
    void message.success(t('ui.session.signedOut'));
    void navigate('/', { replace: true });
    resetSession();
  };

  return { signOut: () => void signOut(), signingOut: fetching };
}
