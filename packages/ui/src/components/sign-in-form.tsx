import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRevalidateOnLanguageChange } from './use-form-language';

export type SignInValues = { email: string; password: string; otp?: string };

export type SignInFormProps = {
  onSubmit: (values: SignInValues) => void;
  loading?: boolean;
  /** Shown above the button, e.g. the InvalidCredentialsError message. */
  error?: string | null;
  /** The account uses two-factor sign-in: ask for the authenticator (or recovery) code too. */
  askForCode?: boolean;
};

/** Email + password; a real <form>, so Enter submits and password managers recognise it. */
export function SignInForm({ onSubmit, loading = false, error, askForCode = false }: SignInFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SignInValues>();
  useRevalidateOnLanguageChange(form);
  return (
    <Form<SignInValues>
      form={form}
      name="sign-in"
      layout="vertical"
      requiredMark={false}
      onFinish={(values) =>
        onSubmit({
          email: values.email.trim(),
          password: values.password,
          ...(askForCode && values.otp ? { otp: values.otp.trim() } : {}),
        })
      }
      disabled={loading}
    >
      <Form.Item
        label={t('ui.signIn.email')}
        name="email"
        rules={[
          { required: true, message: t('ui.signIn.emailRequired') },
          { type: 'email', message: t('ui.signIn.emailInvalid') },
        ]}
      >
        <Input prefix={<MailOutlined />} type="email" autoComplete="username" autoFocus inputMode="email" />
      </Form.Item>
      <Form.Item
        label={t('ui.signIn.password')}
        name="password"
        rules={[{ required: true, message: t('ui.signIn.passwordRequired') }]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
      </Form.Item>
      {askForCode ? (
        <Form.Item
          label={t('ui.signIn.code')}
          name="otp"
          rules={[{ required: true, message: t('ui.signIn.codeRequired') }]}
        >
          <Input autoComplete="one-time-code" autoFocus />
        </Form.Item>
      ) : null}
      {error ? (
        <Alert type="error" showIcon title={error} data-testid="sign-in-error" style={{ marginBottom: 16 }} />
      ) : null}
      <Button type="primary" htmlType="submit" block loading={loading}>
        {t('ui.signIn.submit')}
      </Button>
    </Form>
  );
}
