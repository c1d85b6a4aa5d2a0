import { CenteredPage, SignInForm, describeRequestError, type SignInValues } from '@sme/ui';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useResetSession } from './session-scope';
import { LoginMutation } from './viewer';

export function SignInPage({ title, subtitle, extra }: { title: string; subtitle: string; extra?: ReactNode }) {
  const { t } = useTranslation();
  const resetSession = useResetSession();
  const [{ fetching }, login] = useMutation(LoginMutation);
  const [error, setError] = useState<string | null>(null);
  const [askForCode, setAskForCode] = useState(false);

  const submit = async (input: SignInValues) => {
    setError(null);
    const result = await login({ input });
    if (result.error) {
      setError(t('ui.session.signInFailed', { message: describeRequestError(result.error, t) }));
      return;
    }
    const outcome = result.data?.login;
    if (!outcome) return;
    switch (outcome.__typename) {
      case 'LoginSuccess':
        // the cookie is set; a fresh client reads `me` and decides what to show
        resetSession();
        return;
      case 'InvalidCredentialsError':
      case 'LoginThrottledError':
        setError(outcome.message);
        return;
      case 'TwoFactorRequiredError':
        // the password was right; the same form now asks for the code as well
        setAskForCode(true);
        setError(outcome.message);
        return;
      case 'ValidationError':
        // the form checks the same things first, so this is rare; show everything the API said
        setError([outcome.message, ...outcome.fieldErrors.map((e) => e.message)].join(' '));
        return;
      default:
        outcome satisfies never;
    }
  };

  return (
    <CenteredPage title={title} subtitle={subtitle}>
      <SignInForm onSubmit={(values) => void submit(values)} loading={fetching} error={error} askForCode={askForCode} />
      {extra}
    </CenteredPage>
  );
}
