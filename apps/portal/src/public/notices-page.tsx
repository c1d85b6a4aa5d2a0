import { PageFrame, ServiceFunctionTags, describeRequestError, toLocale, EmptyState } from '@sme/ui';
import { Alert, Button, Card, Descriptions, Flex, Skeleton, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import type { ResultOf } from '@sme/client';
import { ObjectionDialog } from './objection-dialog';
import { PublicNoticesQuery } from './public.queries';
import { longDate, objectionWindow } from './public-dates';

type Notice = ResultOf<typeof PublicNoticesQuery>['publicNotices'][number];
type Entry = Notice['entries'][number];

/** /public/notices: every published notice, newest first, with its period in explicit dates,
 * its entries and (while it runs) an objection form per entry (Art. 8). */
export function NoticesPage() {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: PublicNoticesQuery, requestPolicy: 'cache-and-network' });
  const notices = data?.publicNotices;
  return (
    <PageFrame title={t('public.notices.title')} description={t('public.notices.description')}>
      {error ? (
        <Alert
          type="error"
          showIcon
          title={t('public.notices.loadFailed', { message: describeRequestError(error, t) })}
        />
      ) : null}
      {!notices && fetching ? <Skeleton active /> : null}
      {notices && notices.length === 0 ? (
        <EmptyState title={t('public.notices.empty')} hint={t('public.notices.emptyHint')} />
      ) : null}
      {notices?.map((notice) => (
        <NoticeCard key={notice.id} notice={notice} />
      ))}
    </PageFrame>
  );
}

function NoticeCard({ notice }: { notice: Notice }) {
  const { t, i18n } = useTranslation();
  const locale = toLocale(i18n.language);
  // ?object=<entry>: the light notices page's objection button opens this entry's form (Art. 8).
  const [params] = useSearchParams();
  const [objectingTo, setObjectingTo] = useState<Entry | null>(() =>
    notice.running ? (notice.entries.find((entry) => entry.id === params.get('object')) ?? null) : null,
  );
  const period = objectionWindow(notice);
  const date = (iso: string) => longDate(iso, locale);
  const headingId = `notice-${notice.id}`;
  return (
    <Card size="small" data-testid="public-notice" aria-labelledby={headingId}>
      <Flex vertical gap={12}>
        <Flex align="center" gap={8} wrap>
          <Typography.Title level={2} id={headingId} style={{ margin: 0, fontSize: 18 }}>
            {notice.title}
          </Typography.Title>
          {period.kind === 'open' ? (
            <Tag color="#237804">{t('public.notices.running')}</Tag>
          ) : period.kind === 'closed' ? (
            <Tag>{t('public.notices.over')}</Tag>
          ) : (
            <Tag color="blue">{t('public.notices.notYet')}</Tag>
          )}
        </Flex>
        {notice.body ? (
          <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{notice.body}</Typography.Paragraph>
        ) : null}
        <Descriptions size="small" bordered column={{ xs: 1, sm: 1, md: 2 }}>
          <Descriptions.Item label={t('public.notices.publishedOn')}>{date(notice.publishedOn)}</Descriptions.Item>
          {notice.evidenceUrl ? (
            <Descriptions.Item label={t('public.notices.evidenceUrl')}>
              <Typography.Link
                href={notice.evidenceUrl}
                target="_blank"
                rel="noopener noreferrer"
                data-testid="notice-evidence"
                style={{ wordBreak: 'break-all' }}
              >
                {notice.evidenceUrl}
              </Typography.Link>
            </Descriptions.Item>
          ) : null}
          <Descriptions.Item label={t('public.notices.period')}>
            <span data-testid="notice-period">
              {t('public.notices.periodText', { start: date(notice.startsOn), end: date(notice.endsOn) })}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('public.notices.workingDays')}>
            <Flex wrap gap={4}>
              {notice.workingDays.map((day) => (
                <Tag key={day}>{day}</Tag>
              ))}
            </Flex>
          </Descriptions.Item>
        </Descriptions>
        {period.kind === 'closed' ? (
          <Typography.Text type="secondary">
            {t('public.notices.closedText', { start: date(period.startsOn), end: date(period.endsOn) })}
          </Typography.Text>
        ) : period.kind === 'notYet' ? (
          <Typography.Text type="secondary">
            {t('public.notices.notYetText', { start: date(period.startsOn) })}
          </Typography.Text>
        ) : null}
        <div style={{ overflowX: 'auto' }}>
          <Table<Entry>
            size="small"
            pagination={false}
            rowKey={(entry) => entry.id}
            dataSource={notice.entries}
            columns={[
              {
                key: 'organisation',
                title: t('public.notices.organisation'),
                render: (_, entry) => (
                  <>
                    {entry.organisationName} {entry.isRenewal ? <Tag>{t('public.notices.renewal')}</Tag> : null}
                  </>
                ),
              },
              { key: 'region', title: t('public.notices.region'), render: (_, entry) => entry.region ?? '—' },
              {
                key: 'functions',
                title: t('public.notices.functions'),
                render: (_, entry) => <ServiceFunctionTags functions={entry.functions} />,
              },
              ...(period.kind === 'open'
                ? [
                    {
                      key: 'actions',
                      title: t('public.notices.actions'),
                      render: (_: unknown, entry: Entry) => (
                        <Button
                          size="small"
                          onClick={() => setObjectingTo(entry)}
                          aria-label={t('public.notices.objectTo', { name: entry.organisationName })}
                        >
                          {t('public.notices.object')}
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </div>
      </Flex>
      <ObjectionDialog noticeId={notice.id} entry={objectingTo} onClose={() => setObjectingTo(null)} />
    </Card>
  );
}
