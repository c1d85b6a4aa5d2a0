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
} from './statistics.queries';
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
      return t('statistics.tokens.failed', { message: result.error ? describeRequestError(result.error, t) : '' });
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
        t('statistics.tokens.failed', {
          message: result.error
            ? describeRequestError(result.error, t)
            : payload && 'message' in payload
              ? payload.message
              : '',
        }),
      );
      return;
    }
    void message.success(t('statistics.tokens.revoked_ok'));
    refresh();
  };

  const now = new Date();
  const columns: TableColumnsType<ApiTokenRow> = [
    { key: 'name', title: t('statistics.tokens.name'), render: (_, r) => r.name },
    {
      key: 'state',
      title: t('statistics.tokens.state'),
      render: (_, r) => {
        const state = tokenState(r, now);
        return (
          <Tag color={STATE_COLOURS[state]} data-state={state}>
            {t(`statistics.tokens.${state}`)}
          </Tag>
        );
      },
    },
    { key: 'createdAt', title: t('statistics.tokens.createdAt'), render: (_, r) => formatDateTime(r.createdAt) },
    { key: 'expiresAt', title: t('statistics.tokens.expiresAt'), render: (_, r) => formatDateTime(r.expiresAt) },
    {
      key: 'lastUsedAt',
      title: t('statistics.tokens.lastUsedAt'),
      render: (_, r) => (r.lastUsedAt ? formatDateTime(r.lastUsedAt) : t('statistics.tokens.never')),
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
            aria-label={t('statistics.tokens.revokeOne', { name: r.name })}
            data-testid="token-revoke"
            confirm={{
              title: t('statistics.tokens.revokeTitle', { name: r.name }),
              description: t('statistics.tokens.revokeContent'),
              okText: t('statistics.tokens.revoke'),
              danger: true,
              onOk: () => revoke(r),
            }}
          >
            {t('statistics.tokens.revoke')}
          </ConfirmButton>
        ) : null,
    },
  ];

  const tokens = data?.myApiTokens;
  const origin = typeof window === 'undefined' ? '' : window.location.origin;

  return (
    <PageFrame
      title={t('statistics.tokens.title')}
      description={t('statistics.tokens.description')}
      breadcrumbs={[{ title: t('nav.home'), to: '/' }]}
      actions={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="token-create">
          {t('statistics.tokens.create')}
        </Button>
      }
    >
      {error ? <LoadErrorAlert error={error} onRetry={refresh} /> : null}
      <Card>
        {tokens && tokens.length === 0 ? (
          <EmptyState title={t('statistics.tokens.empty')} hint={t('statistics.tokens.emptyHint')} />
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
        title={t('statistics.tokens.create')}
        okText={t('statistics.tokens.create')}
        initialValues={{ expiresInDays: 90 }}
        onCancel={() => setCreating(false)}
        onSubmit={submit}
      >
        <Form.Item
          name="name"
          label={t('statistics.tokens.name')}
          rules={[{ required: true, whitespace: true, message: t('statistics.tokens.nameRequired') }, { max: 80 }]}
        >
          <Input placeholder={t('statistics.tokens.namePlaceholder')} maxLength={80} data-testid="token-name" />
        </Form.Item>
        <Form.Item name="expiresInDays" label={t('statistics.tokens.expiresIn')}>
          <Select
            options={EXPIRY_CHOICES.map((days) => ({
              value: days,
              label: t('statistics.tokens.days', { count: days }),
            }))}
            data-testid="token-expiry"
          />
        </Form.Item>
      </FormModal>

      <Modal
        open={created !== null}
        title={t('statistics.tokens.createdTitle')}
        closable={false}
        maskClosable={false}
        keyboard={false}
        footer={
          <Button type="primary" onClick={() => setCreated(null)} data-testid="token-done">
            {t('statistics.tokens.done')}
          </Button>
        }
      >
        {created ? (
          <>
            <Alert type="warning" showIcon title={t('statistics.tokens.createdNotice')} style={{ marginBottom: 12 }} />
            <Typography.Paragraph
              code
              copyable={{ text: created.token, tooltips: [t('statistics.tokens.copy'), t('statistics.tokens.copied')] }}
              data-testid="token-secret"
              style={{ wordBreak: 'break-all' }}
            >
              {created.token}
            </Typography.Paragraph>
            <Typography.Text strong>{t('statistics.tokens.example')}</Typography.Text>
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
