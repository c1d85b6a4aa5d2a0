import { PlusOutlined } from '@ant-design/icons';
import {
  ConfirmButton,
  EmptyState,
  FormModal,
  LoadErrorAlert,
  PageFrame,
  describeRequestError,
  formatDateTime,
} from '@sme/ui';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Select,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import {
  CreateApiTokenMutation,
  MyApiTokensQuery,
  RevokeApiTokenMutation,
  type ApiTokenRow,
} from './analytics.queries';
import { tokenState, type TokenState } from './token-state';

/** Validity choices; the API accepts 1–366 days. */
export const EXPIRY_CHOICES = [30, 90, 180, 366] as const;

// colours whose text passes AA contrast (axe), as the status tags do
const STATE_COLOURS: Record<TokenState, string> = { active: '#237804', revoked: 'default', expired: 'red' };

type CreateValues = { name: string; expiresInDays: number };

/** Personal access tokens: created with a name and expiry, shown once, listed,
 * revoked after a confirmation that says scripts lose access at once. */
export function ApiTokensPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MyApiTokensQuery,
    requestPolicy: 'cache-and-network',
  });
  const [, createToken] = useMutation(CreateApiTokenMutation);
  const [, revokeToken] = useMutation(RevokeApiTokenMutation);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [form] = Form.useForm<CreateValues>();
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  // The failure to show in the dialog; null when created, or when the errors are a field's (set on it).
  const submit = async (values: CreateValues): Promise<string | null> => {
    const result = await createToken({ input: { name: values.name, expiresInDays: values.expiresInDays } });
    const payload = result.data?.createApiToken;
    if (result.error || !payload)
      return t('analytics.tokens.failed', { message: result.error ? describeRequestError(result.error, t) : '' });
    if (payload.__typename === 'ValidationError') {
      form.setFields(
        payload.fieldErrors.map((fe) => ({ name: fe.path.at(-1) as keyof CreateValues, errors: [fe.message] })),
      );
      return null;
    }
    setCreating(false);
    setCreated({ name: payload.data.apiToken.name, token: payload.data.token });
    refresh();
    return null;
  };

  const revoke = async (row: ApiTokenRow) => {
    const result = await revokeToken({ input: { apiTokenId: row.id } });
    const payload = result.data?.revokeApiToken;
    if (result.error || !payload || payload.__typename !== 'RevokeApiTokenSuccess') {
      void message.error(
        t('analytics.tokens.failed', {
          message: result.error
            ? describeRequestError(result.error, t)
            : payload && 'message' in payload
              ? payload.message
              : '',
        }),
      );
      return;
    }
    void message.success(t('analytics.tokens.revoked_ok'));
    refresh();
  };

  const now = new Date();
  const columns: TableColumnsType<ApiTokenRow> = [
    { key: 'name', title: t('analytics.tokens.name'), render: (_, r) => r.name },
    {
      key: 'state',
      title: t('analytics.tokens.state'),
      render: (_, r) => {
        const state = tokenState(r, now);
        return (
          <Tag color={STATE_COLOURS[state]} data-state={state}>
            {t(`analytics.tokens.${state}`)}
          </Tag>
        );
      },
    },
    { key: 'createdAt', title: t('analytics.tokens.createdAt'), render: (_, r) => formatDateTime(r.createdAt) },
    { key: 'expiresAt', title: t('analytics.tokens.expiresAt'), render: (_, r) => formatDateTime(r.expiresAt) },
    {
      key: 'lastUsedAt',
      title: t('analytics.tokens.lastUsedAt'),
      render: (_, r) => (r.lastUsedAt ? formatDateTime(r.lastUsedAt) : t('analytics.tokens.never')),
    },
    {
      key: 'actions',
      title: t('ui.list.actions'),
      render: (_, r) =>
        tokenState(r, now) === 'active' ? (
          <ConfirmButton
            type="link"
            danger
            size="small"
            aria-label={t('analytics.tokens.revokeOne', { name: r.name })}
            data-testid="token-revoke"
            confirm={{
              title: t('analytics.tokens.revokeTitle', { name: r.name }),
              description: t('analytics.tokens.revokeContent'),
              okText: t('analytics.tokens.revoke'),
              danger: true,
              onOk: () => revoke(r),
            }}
          >
            {t('analytics.tokens.revoke')}
          </ConfirmButton>
        ) : null,
    },
  ];

  const tokens = data?.myApiTokens;
  const origin = typeof window === 'undefined' ? '' : window.location.origin;

  return (
    <PageFrame
      title={t('analytics.tokens.title')}
      description={t('analytics.tokens.description')}
      breadcrumbs={[{ title: t('nav.home'), to: '/' }]}
      actions={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="token-create">
          {t('analytics.tokens.create')}
        </Button>
      }
    >
      {error ? <LoadErrorAlert error={error} onRetry={refresh} /> : null}
      <Card>
        {tokens && tokens.length === 0 ? (
          <EmptyState title={t('analytics.tokens.empty')} hint={t('analytics.tokens.emptyHint')} />
        ) : (
          <Table<ApiTokenRow>
            rowKey={(r) => r.id}
            columns={columns}
            dataSource={tokens}
            loading={fetching && !tokens}
            pagination={false}
            scroll={{ x: 'max-content' }}
            onRow={(r) =>
              ({ 'data-testid': 'token-row', 'data-token-name': r.name }) as React.HTMLAttributes<HTMLElement>
            }
          />
        )}
      </Card>

      <FormModal<CreateValues>
        name="create-token"
        form={form}
        open={creating}
        title={t('analytics.tokens.create')}
        okText={t('analytics.tokens.create')}
        initialValues={{ expiresInDays: 90 }}
        onCancel={() => setCreating(false)}
        onSubmit={submit}
      >
        <Form.Item
          name="name"
          label={t('analytics.tokens.name')}
          rules={[{ required: true, whitespace: true, message: t('analytics.tokens.nameRequired') }, { max: 80 }]}
        >
          <Input placeholder={t('analytics.tokens.namePlaceholder')} maxLength={80} data-testid="token-name" />
        </Form.Item>
        <Form.Item name="expiresInDays" label={t('analytics.tokens.expiresIn')}>
          <Select
            options={EXPIRY_CHOICES.map((days) => ({
              value: days,
              label: t('analytics.tokens.days', { count: days }),
            }))}
            data-testid="token-expiry"
          />
        </Form.Item>
      </FormModal>

      <Modal
        open={created !== null}
        title={t('analytics.tokens.createdTitle')}
        closable={false}
        maskClosable={false}
        keyboard={false}
        footer={
          <Button type="primary" onClick={() => setCreated(null)} data-testid="token-done">
            {t('analytics.tokens.done')}
          </Button>
        }
      >
        {created ? (
          <>
            <Alert type="warning" showIcon title={t('analytics.tokens.createdNotice')} style={{ marginBottom: 12 }} />
            <Typography.Paragraph
              code
              copyable={{ text: created.token, tooltips: [t('analytics.tokens.copy'), t('analytics.tokens.copied')] }}
              data-testid="token-secret"
              style={{ wordBreak: 'break-all' }}
            >
              {created.token}
            </Typography.Paragraph>
            <Typography.Text strong>{t('analytics.tokens.example')}</Typography.Text>
            <Typography.Paragraph>
              <pre style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 12 }}>
                {`curl -s ${origin}/graphql \\\n  -H 'Authorization: Bearer ${created.token}' \\\n  -H 'Content-Type: application/json' \\\n  -d '{"query":"{ statistics { accreditationsValid passRate } }"}'`}
              </pre>
            </Typography.Paragraph>
          </>
        ) : null}
      </Modal>
    </PageFrame>
  );
}
