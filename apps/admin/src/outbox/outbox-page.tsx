import { graphql, type ResultOf } from '@sme/client';
import { ListPage, describeRequestError, formatDateTime, useListUrlState } from '@sme/ui';
import { Alert, Button, Descriptions, Input, Modal, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

export const OutboxMessagesQuery = graphql(`
  query ConsoleOutboxMessages($offset: Int, $limit: Int, $status: OutboxStatus, $recipient: String) {
    mailTransport
    outboxMessages(offset: $offset, limit: $limit, status: $status, recipient: $recipient) {
      totalCount
      items {
        id
        to
        createdAt
        sentAt
        attempts
        lastError
        decoded {
          from
          to
          subject
          body
        }
      }
    }
  }
`);

const FILTERS = ['status', 'recipient'] as const;
const STATUSES = ['SENT', 'WAITING', 'FAILED'] as const;
type Message = ResultOf<typeof OutboxMessagesQuery>['outboxMessages']['items'][number];

/** 邮件发件箱: every e-mail the system wrote, paged and filtered on the server (status, recipient),
 * each readable decoded (subject and body in Chinese, not MIME). */
export function OutboxPage() {
  const { t } = useTranslation();
  const list = useListUrlState(FILTERS);
  const status = STATUSES.find((s) => s === list.filters.status) ?? null;
  const recipient = list.filters.recipient?.trim() || null;
  const [{ data, fetching, error }] = useQuery({
    query: OutboxMessagesQuery,
    variables: { offset: (list.page - 1) * list.pageSize, limit: list.pageSize, status, recipient },
    requestPolicy: 'cache-and-network',
  });
  const [open, setOpen] = useState<Message | null>(null);
  const transport = data?.mailTransport;
  return (
    <>
      <ListPage
        title={t('outbox.title')}
        description={
          transport ? t(`outbox.transport.${transport}`, { defaultValue: transport }) : t('outbox.description')
        }
        urlState={list}
        searchFields={[
          {
            name: 'status',
            label: t('outbox.status'),
            control: (
              <Select
                allowClear
                placeholder={t('outbox.allStatuses')}
                options={STATUSES.map((s) => ({ value: s, label: t(`outbox.statusName.${s}`) }))}
                data-testid="filter-status"
              />
            ),
          },
          { name: 'recipient', label: t('outbox.to'), control: <Input allowClear data-testid="filter-recipient" /> },
        ]}
        alert={error ? <Alert type="error" showIcon title={describeRequestError(error, t)} /> : null}
        rows={data?.outboxMessages.items}
        total={data?.outboxMessages.totalCount}
        rowKey={(m) => m.id}
        loading={fetching && !data}
        testId="outbox-table"
        rowAttributes={(m) => ({ 'data-testid': 'outbox-row', 'data-sent': m.sentAt ? 'true' : 'false' })}
        columns={[
          { key: 'to', title: t('outbox.to'), render: (_, m) => m.to },
          { key: 'subject', title: t('outbox.subject'), render: (_, m) => m.decoded.subject },
          { key: 'createdAt', title: t('outbox.createdAt'), render: (_, m) => formatDateTime(m.createdAt) },
          {
            key: 'status',
            title: t('outbox.status'),
            render: (_, m) =>
              m.sentAt ? (
                <Tag color="green">{t('outbox.sentAt', { time: formatDateTime(m.sentAt) })}</Tag>
              ) : m.lastError ? (
                <Tag color="red" title={m.lastError}>
                  {t('outbox.failed', { count: m.attempts })}
                </Tag>
              ) : (
                <Tag>{t('outbox.waiting')}</Tag>
              ),
          },
          { key: 'attempts', title: t('outbox.attempts'), render: (_, m) => m.attempts },
        ]}
        rowActions={(m) => (
          <Button
            type="link"
            size="small"
            onClick={() => setOpen(m)}
            aria-label={`${t('outbox.read')} ${m.decoded.subject}`}
          >
            {t('outbox.read')}
          </Button>
        )}
        empty={{ title: t('outbox.empty') }}
      />
      <Modal
        open={open !== null}
        title={open?.decoded.subject}
        onCancel={() => setOpen(null)}
        footer={null}
        width={760}
        destroyOnHidden
      >
        {open ? (
          <>
            <Descriptions size="small" column={1}>
              {open.decoded.from ? (
                <Descriptions.Item label={t('outbox.from')}>{open.decoded.from}</Descriptions.Item>
              ) : null}
              <Descriptions.Item label={t('outbox.to')}>{open.decoded.to}</Descriptions.Item>
              <Descriptions.Item label={t('outbox.attempts')}>{open.attempts}</Descriptions.Item>
            </Descriptions>
            {open.lastError ? (
              <Typography.Paragraph type="danger">
                {t('outbox.lastError', { error: open.lastError })}
              </Typography.Paragraph>
            ) : null}
            <div
              data-testid="outbox-message"
              tabIndex={0}
              style={{ whiteSpace: 'pre-wrap', maxHeight: 480, overflow: 'auto', padding: 12 }}
            >
              {open.decoded.body}
            </div>
          </>
        ) : null}
      </Modal>
    </>
  );
}
