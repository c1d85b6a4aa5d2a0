import { formatDateTime, PageFrame, describeRequestError } from '@sme/ui';
import { Alert, App, Button, Card, Form, Input, Popconfirm, QRCode, Space, Table, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../graphql';
import { useResetSession } from '../session/session-scope';

// 账号安全: two-step sign-in (enrol with a QR code, recovery codes shown once, turn off with a
// code) and the signed-in devices (sign one out, or all). Both front ends show it at /account.

const AccountSecurityQuery = graphql(`
  query AccountSecurity {
    me {
      id
      twoFactorEnabled
    }
    mySessions {
      id
      createdAt
      lastSeenAt
      userAgent
      ip
      current
    }
  }
`);
const StartMutation = graphql(`
  mutation StartTwoFactor($password: String!) {
    startTwoFactorEnrolment(input: { password: $password }) {
      __typename
      ... on StartTwoFactorEnrolmentSuccess {
        data {
          secret
          otpauthUri
        }
      }
      ... on Error {
        message
      }
    }
  }
`);
const ConfirmMutation = graphql(`
  mutation ConfirmTwoFactor($code: String!) {
    confirmTwoFactorEnrolment(input: { code: $code }) {
      __typename
      ... on ConfirmTwoFactorEnrolmentSuccess {
        data {
          recoveryCodes
        }
      }
      ... on Error {
        message
      }
    }
  }
`);
const DisableMutation = graphql(`
  mutation DisableTwoFactor($code: String!) {
    disableTwoFactor(input: { code: $code }) {
      __typename
      ... on DisableTwoFactorSuccess {
        data {
          id
          twoFactorEnabled
        }
      }
      ... on Error {
        message
      }
    }
  }
`);
const EndSessionMutation = graphql(`
  mutation EndSession($sessionId: ID!) {
    endSession(input: { sessionId: $sessionId }) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);
const SignOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);

type Outcome = { __typename: string; message?: string } | undefined;

export function AccountSecurityPage({ extra }: { extra?: ReactNode }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const resetSession = useResetSession();
  const [{ data, error }, refresh] = useQuery({ query: AccountSecurityQuery, requestPolicy: 'network-only' });
  const [enrolment, setEnrolment] = useState<{ secret: string; otpauthUri: string } | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [, start] = useMutation(StartMutation);
  const [, confirm] = useMutation(ConfirmMutation);
  const [, disable] = useMutation(DisableMutation);
  const [, endSession] = useMutation(EndSessionMutation);
  const [, signOutEverywhere] = useMutation(SignOutEverywhereMutation);

  // A refusal member or a transport error, in the caller's language; true when it went through.
  const succeeded = (outcome: Outcome, transport: unknown): boolean => {
    if (transport) {
      void message.error(
        t('accountSecurity.twoFactor.failed', { message: describeRequestError(transport as never, t) }),
      );
      return false;
    }
    if (!outcome?.__typename.endsWith('Success')) {
      void message.error(t('accountSecurity.twoFactor.failed', { message: outcome?.message ?? '' }));
      return false;
    }
    return true;
  };
  const refetch = () => refresh({ requestPolicy: 'network-only' });

  const enabled = data?.me?.twoFactorEnabled ?? false;
  const sessions = data?.mySessions ?? [];

  return (
    <PageFrame title={t('accountSecurity.title')} description={t('accountSecurity.description')}>
      {error && <Alert type="error" showIcon message={describeRequestError(error, t)} />}
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Card title={<h2 style={{ margin: 0, fontSize: 16 }}>{t('accountSecurity.twoFactor.title')}</h2>}>
          {recoveryCodes ? (
            <Space direction="vertical">
              <Alert
                type="warning"
                showIcon
                message={t('accountSecurity.twoFactor.recoveryTitle')}
                description={t('accountSecurity.twoFactor.recoveryHelp')}
              />
              <ul aria-label={t('accountSecurity.twoFactor.recoveryTitle')} data-testid="recovery-codes">
                {recoveryCodes.map((code) => (
                  <li key={code}>
                    <Typography.Text code copyable>
                      {code}
                    </Typography.Text>
                  </li>
                ))}
              </ul>
              <Button type="primary" onClick={() => setRecoveryCodes(null)}>
                {t('accountSecurity.twoFactor.recoveryDone')}
              </Button>
            </Space>
          ) : enabled ? (
            <Space direction="vertical">
              <Typography.Paragraph>
                <Tag color="green">{t('accountSecurity.twoFactor.enabled')}</Tag> {t('accountSecurity.twoFactor.on')}
              </Typography.Paragraph>
              <Form
                layout="inline"
                onFinish={async ({ code }: { code: string }) => {
                  const result = await disable({ code });
                  if (succeeded(result.data?.disableTwoFactor, result.error)) {
                    void message.success(t('accountSecurity.twoFactor.disabled'));
                    refetch();
                  }
                }}
              >
                <Form.Item
                  name="code"
                  label={t('accountSecurity.twoFactor.disableCode')}
                  rules={[{ required: true, message: t('accountSecurity.twoFactor.codeRequired') }]}
                >
                  <Input autoComplete="one-time-code" />
                </Form.Item>
                <Form.Item shouldUpdate>
                  {(form) => (
                    <Popconfirm title={t('accountSecurity.twoFactor.disableConfirm')} onConfirm={() => form.submit()}>
                      <Button danger>{t('accountSecurity.twoFactor.disable')}</Button>
                    </Popconfirm>
                  )}
                </Form.Item>
              </Form>
            </Space>
          ) : enrolment ? (
            <Space direction="vertical">
              <Typography.Paragraph>{t('accountSecurity.twoFactor.scan')}</Typography.Paragraph>
              <QRCode value={enrolment.otpauthUri} aria-label={t('accountSecurity.twoFactor.scan')} />
              <Typography.Paragraph>
                {t('accountSecurity.twoFactor.secret')}：
                <Typography.Text code copyable data-testid="totp-secret">
                  {enrolment.secret}
                </Typography.Text>
              </Typography.Paragraph>
              <Form
                layout="inline"
                onFinish={async ({ code }: { code: string }) => {
                  const result = await confirm({ code: code.trim() });
                  const outcome = result.data?.confirmTwoFactorEnrolment;
                  if (succeeded(outcome, result.error) && outcome?.__typename === 'ConfirmTwoFactorEnrolmentSuccess') {
                    setEnrolment(null);
                    setRecoveryCodes(outcome.data.recoveryCodes);
                    void message.success(t('accountSecurity.twoFactor.enabled'));
                    refetch();
                  }
                }}
              >
                <Form.Item
                  name="code"
                  label={t('accountSecurity.twoFactor.code')}
                  rules={[
                    { required: true, pattern: /^\s*\d{6}\s*$/, message: t('accountSecurity.twoFactor.codeRequired') },
                  ]}
                >
                  <Input inputMode="numeric" autoComplete="one-time-code" maxLength={8} />
                </Form.Item>
                <Button type="primary" htmlType="submit">
                  {t('accountSecurity.twoFactor.confirm')}
                </Button>
              </Form>
            </Space>
          ) : (
            <Space direction="vertical">
              <Typography.Paragraph>{t('accountSecurity.twoFactor.off')}</Typography.Paragraph>
              <Form
                layout="inline"
                onFinish={async ({ password }: { password: string }) => {
                  const result = await start({ password });
                  const outcome = result.data?.startTwoFactorEnrolment;
                  if (succeeded(outcome, result.error) && outcome?.__typename === 'StartTwoFactorEnrolmentSuccess')
                    setEnrolment(outcome.data);
                }}
              >
                <Form.Item
                  name="password"
                  label={t('accountSecurity.twoFactor.password')}
                  rules={[{ required: true, message: t('accountSecurity.twoFactor.passwordRequired') }]}
                >
                  <Input.Password autoComplete="current-password" />
                </Form.Item>
                <Button type="primary" htmlType="submit">
                  {t('accountSecurity.twoFactor.start')}
                </Button>
              </Form>
            </Space>
          )}
        </Card>

        <Card
          title={<h2 style={{ margin: 0, fontSize: 16 }}>{t('accountSecurity.sessions.title')}</h2>}
          extra={
            <Popconfirm
              title={t('accountSecurity.sessions.everywhereConfirm')}
              onConfirm={async () => {
                const result = await signOutEverywhere({});
                if (result.error) return void succeeded(undefined, result.error);
                void navigate('/', { replace: true });
                resetSession();
              }}
            >
              <Button danger>{t('accountSecurity.sessions.everywhere')}</Button>
            </Popconfirm>
          }
        >
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            scroll={{ x: true }}
            dataSource={sessions}
            columns={[
              {
                title: t('accountSecurity.sessions.createdAt'),
                dataIndex: 'createdAt',
                render: (value: string) => formatDateTime(value),
              },
              {
                title: t('accountSecurity.sessions.lastSeenAt'),
                dataIndex: 'lastSeenAt',
                render: (value: string) => formatDateTime(value),
              },
              {
                title: t('accountSecurity.sessions.device'),
                dataIndex: 'userAgent',
                render: (value: string | null, row) => (
                  <>
                    {value ?? t('accountSecurity.sessions.unknown')}{' '}
                    {row.current && <Tag color="blue">{t('accountSecurity.sessions.current')}</Tag>}
                  </>
                ),
              },
              {
                title: t('accountSecurity.sessions.ip'),
                dataIndex: 'ip',
                render: (value: string | null) => value ?? t('accountSecurity.sessions.unknown'),
              },
              {
                key: 'end',
                title: t('accountSecurity.sessions.actions'),
                render: (_: unknown, row) => (
                  <Popconfirm
                    title={t('accountSecurity.sessions.endConfirm')}
                    onConfirm={async () => {
                      const result = await endSession({ sessionId: row.id });
                      if (!succeeded(result.data?.endSession, result.error)) return;
                      if (row.current) {
                        void navigate('/', { replace: true });
                        resetSession();
                        return;
                      }
                      void message.success(t('accountSecurity.sessions.ended'));
                      refetch();
                    }}
                  >
                    <Button size="small">{t('accountSecurity.sessions.end')}</Button>
                  </Popconfirm>
                ),
              },
            ]}
          />
        </Card>
        {extra}
      </Space>
    </PageFrame>
  );
}
