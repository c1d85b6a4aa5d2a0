import { graphql, type ResultOf } from '@sme/client';
import { ListPage, describeRequestError, formatDateTime, useListUrlState } from '@sme/ui';
import { Alert, Button, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';

export const OutboxQuery = graphql(`
  query ConsoleOutbox {
    mailTransport
    emailOutbox(first: 200) {
      id
      to
      subject
      body
      createdAt
      sentAt
      attempts
      lastError
      eml
    }
  }
`);

const NO_FILTERS: readonly never[] = [];
type Message = ResultOf<typeof OutboxQuery>['emailOutbox'][number];

/** 邮件发件箱: every e-mail the system wrote (notices, reminders), whether it left, and — without an SMTP server — the .eml copy kept in the data directory. */
export function OutboxPage() {
  const { t } = useTranslation();
  const urlState = useListUrlState(NO_FILTERS);
  const [{ data, fetching, error }] = useQuery({ query: OutboxQuery, requestPolicy: 'cache-and-network' });
  const [open, setOpen] = useState<Message | null>(null);
  const transport = data?.mailTransport;
  return (
    <>
      <ListPage
        title={t('outbox.title')}
        description={
          transport ? t(`outbox.transport.${transport}`, { defaultValue: transport }) : t('outbox.description')
        }
        urlState={urlState}
        alert={error ? <Alert type="error" showIcon title={describeRequestError(error, t)} /> : null}
        rows={data?.emailOutbox}
        rowKey={(m) => m.id}
        loading={fetching && !data}
        testId="outbox-table"
        rowAttributes={(m) => ({ 'data-testid': 'outbox-row', 'data-sent': m.sentAt ? 'true' : 'false' })}
        columns={[
          { key: 'to', title: t('outbox.to'), render: (_, m) => m.to },
          { key: 'subject', title: t('outbox.subject'), render: (_, m) => m.subject },
          { key: 'createdAt', title: t('outbox.createdAt'), render: (_, m) => formatDateTime(m.createdAt) },
          {
            key: 'status',
            title: t('title.columns.status'),
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
        ]}
        rowActions={(m) => (
          <Button type="link" size="small" onClick={() => setOpen(m)} aria-label={`${t('outbox.read')} ${m.subject}`}>
            {t('outbox.read')}
          </Button>
        )}
        empty={{ title: t('outbox.empty') }}
      />
      <Modal
        open={open !== null}
        title={open?.subject}
        onCancel={() => setOpen(null)}
        footer={null}
        width={760}
        destroyOnHidden
      >
        {open ? (
          <>
            <Typography.Paragraph type="secondary">
              {open.eml ? t('outbox.emlHint') : t('outbox.noEml')}
            </Typography.Paragraph>
            <pre
              data-testid="outbox-message"
              tabIndex={0}
              style={{
                whiteSpace: 'pre-wrap',
                wordBreak: 'break-all',
                maxHeight: 480,
                overflow: 'auto',
                fontSize: 12,
                background: 'rgba(0,0,0,0.03)',
                padding: 12,
              }}
            >
              {open.eml ?? `To: ${open.to}\nSubject: ${open.subject}\n\n${open.body}`}
            </pre>
          </>
        ) : null}
      </Modal>
    </>
  );
}
