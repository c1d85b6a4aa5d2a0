import { useResetSession } from '@sme/client';
import { checkCreditCode } from '@sme/domain';
import { CenteredPage, describeRequestError, useRevalidateOnLanguageChange } from '@sme/ui';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { RegisterOrganisationMutation } from './membership.queries';

type RegisterValues = {
  organisationName: string;
  creditCode: string;
  contactName: string;
  contactPhone: string;
  email: string;
  password: string;
  passwordConfirm: string;
};

/** 机构注册 (public): the organisation and its first user; the API signs that user in, and the
 * member then applies for membership (Art. 2). The credit code is checked as it is typed with
 * the same GB 32100 rule the API applies. */
export function RegisterPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const resetSession = useResetSession();
  const [form] = Form.useForm<RegisterValues>();
  useRevalidateOnLanguageChange(form);
  const [{ fetching }, register] = useMutation(RegisterOrganisationMutation);
  const [error, setError] = useState<string | null>(null);
  const creditCode = Form.useWatch('creditCode', form) ?? '';
  const codeOk = creditCode.trim().length === 18 && checkCreditCode(creditCode).valid;
  const english = i18n.language.startsWith('en');

  const submit = async (values: RegisterValues) => {
    setError(null);
    const result = await register({
      input: {
        organisationName: values.organisationName.trim(),
        creditCode: values.creditCode.trim().toUpperCase(),
        contactName: values.contactName.trim(),
        contactPhone: values.contactPhone.trim(),
        email: values.email.trim(),
        password: values.password,
      },
    });
    if (result.error) {
      setError(t('membership.register.failed', { message: describeRequestError(result.error, t) }));
      return;
    }
    const outcome = result.data?.registerOrganisation;
    if (!outcome) return;
    switch (outcome.__typename) {
      case 'RegisterOrganisationSuccess':
        // signed in by the API: a fresh client reads `me`; the member goes on to apply
        void navigate('/membership', { replace: true });
        resetSession();
        return;
      case 'RuleViolationError':
        setError(outcome.message);
        return;
      case 'ValidationError':
        setError([...new Set([outcome.message, ...outcome.fieldErrors.map((e) => e.message)])].join(' '));
        return;
      default:
        outcome satisfies never;
    }
  };

  return (
    <CenteredPage title={t('membership.register.title')} subtitle={t('membership.register.subtitle')}>
      <Form<RegisterValues>
        form={form}
        name="register"
        layout="vertical"
        requiredMark
        onFinish={(v) => void submit(v)}
        disabled={fetching}
      >
        <Form.Item
          label={t('membership.register.organisationName')}
          name="organisationName"
          rules={[{ required: true, whitespace: true, message: t('membership.register.organisationNameRequired') }]}
        >
          <Input autoComplete="organization" maxLength={200} />
        </Form.Item>
        <Form.Item
          label={t('membership.register.creditCode')}
          name="creditCode"
          validateFirst
          hasFeedback={codeOk}
          extra={
            codeOk ? (
              <span data-testid="credit-code-ok">{t('membership.register.creditCodeOk')}</span>
            ) : (
              t('membership.register.creditCodeHelp')
            )
          }
          rules={[
            { required: true, whitespace: true, message: t('membership.register.creditCodeRequired') },
            {
              // as they type: the same GB 32100 check as the API, with its message in their language
              validator: async (_rule, value: string | undefined) => {
                const check = checkCreditCode(value ?? '');
                if (!check.valid && check.message) throw new Error(english ? check.message.en : check.message.zhCN);
              },
            },
          ]}
        >
          <Input maxLength={18} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item
          label={t('membership.register.contactName')}
          name="contactName"
          rules={[{ required: true, whitespace: true, message: t('membership.register.contactNameRequired') }]}
        >
          <Input autoComplete="name" maxLength={100} />
        </Form.Item>
        <Form.Item
          label={t('membership.register.contactPhone')}
          name="contactPhone"
          rules={[
            {
              required: true,
              pattern: /^\s*[0-9+\-() ]{5,30}\s*$/,
              message: t('membership.register.contactPhoneInvalid'),
            },
          ]}
        >
          <Input autoComplete="tel" inputMode="tel" maxLength={30} />
        </Form.Item>
        <Form.Item
          label={t('membership.register.email')}
          name="email"
          rules={[
            { required: true, message: t('membership.register.emailInvalid') },
            { type: 'email', message: t('membership.register.emailInvalid') },
          ]}
        >
          <Input type="email" autoComplete="username" inputMode="email" />
        </Form.Item>
        <Form.Item
          label={t('membership.register.password')}
          name="password"
          rules={[{ required: true, min: 8, message: t('membership.register.passwordTooShort') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label={t('membership.register.passwordConfirm')}
          name="passwordConfirm"
          dependencies={['password']}
          rules={[
            { required: true, message: t('membership.register.passwordMismatch') },
            ({ getFieldValue }) => ({
              validator: async (_rule, value: string | undefined) => {
                if (value && value !== getFieldValue('password'))
                  throw new Error(t('membership.register.passwordMismatch'));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {error ? (
          <Alert type="error" showIcon title={error} data-testid="register-error" style={{ marginBottom: 16 }} />
        ) : null}
        <Button type="primary" htmlType="submit" block loading={fetching}>
          {t('membership.register.submit')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0, textAlign: 'center' }}>
        {t('membership.register.haveAccount')}{' '}
        <Link to="/" style={{ textDecoration: 'underline' }}>
          {t('membership.register.signIn')}
        </Link>
      </Typography.Paragraph>
    </CenteredPage>
  );
}

export { RegisterLink } from './register-link';
