import {
  ConfirmButton,
  DetailPage,
  LoadingScreen,
  NotFoundResult,
  ServiceFunctionTags,
  TaskProgress,
  describeRequestError,
  formatDate,
  formatDateTime,
  isNotFoundError,
  useLongTask,
  StatusTag,
} from '@sme/ui';
import { Alert, App, Card, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { failureOf } from '../review/mutation-result';
import { AwardMutation, NOTICE_CONTEXT, NoticeQuery, type NoticeDetail } from './notice.queries';
import { NOTICE_STATE_COLOURS, awardPreview, noticeState, objectionSummary } from './notice-state';
import { ObjectionTable } from './objection-table';
import { ResolveObjectionDialog, type ObjectionToResolve } from './resolve-objection-dialog';

/** One notice: its period, entries and objections, and the award once nothing blocks it. */
export function NoticePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({
    query: NoticeQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
    context: NOTICE_CONTEXT,
  });
  const [resolving, setResolving] = useState<ObjectionToResolve | null>(null);
  const notice = data?.publicNotice;
  if (!notice) {
    if (fetching) return <LoadingScreen label={t('ui.list.loading')} />;
    if (error && !isNotFoundError(error)) return <Alert type="error" showIcon title={describeRequestError(error, t)} />;
    return <NotFoundResult title={t('notice.detail.notFound')} backTo="/notices" backLabel={t('notice.detail.back')} />;
  }
  const state = noticeState(notice);
  return (
    <DetailPage
      title={notice.title}
      breadcrumbs={[{ title: t('notice.list.title'), to: '/notices' }]}
      status={<Tag color={NOTICE_STATE_COLOURS[state]}>{t(`notice.status.${state}`)}</Tag>}
      fields={[
        { key: 'round', label: t('notice.detail.round'), value: notice.round?.name ?? '—' },
        { key: 'publishedOn', label: t('notice.detail.publishedOn'), value: formatDate(notice.publishedOn) },
        ...(notice.evidenceUrl
          ? [
              {
                key: 'evidenceUrl',
                label: t('notice.detail.evidenceUrl'),
                value: (
                  <Typography.Link
                    href={notice.evidenceUrl}
                    target="_blank"
                    rel="noopener noreferrer"
                    data-testid="notice-evidence"
                    style={{ wordBreak: 'break-all' }}
                  >
                    {notice.evidenceUrl}
                  </Typography.Link>
                ),
              },
            ]
          : []),
        {
          key: 'period',
          label: t('notice.detail.period'),
          value: (
            <span data-testid="notice-period">
              {t('notice.list.periodText', { start: notice.startsOn, end: notice.endsOn })}
            </span>
          ),
        },
        {
          key: 'workingDays',
          label: t('notice.detail.workingDays'),
          value: (
            <Flex wrap gap={4}>
              {notice.workingDays.map((day) => (
                <Tag key={day}>{day}</Tag>
              ))}
            </Flex>
          ),
        },
        ...(notice.closedAt
          ? [{ key: 'closedAt', label: t('notice.detail.closedAt'), value: formatDateTime(notice.closedAt) }]
          : []),
      ]}
      tabs={[
        { key: 'entries', label: t('notice.detail.entries'), children: <EntriesTable notice={notice} /> },
        {
          key: 'objections',
          label: `${t('notice.detail.objections')} (${notice.objections.length})`,
          children: (
            <ObjectionTable
              rows={notice.objections}
              onResolve={(o) =>
                setResolving({ id: o.id, receiptNumber: o.receiptNumber, organisationName: o.entry.organisationName })
              }
            />
          ),
        },
      ]}
    >
      <AwardCard notice={notice} />
      <ResolveObjectionDialog objection={resolving} onClose={() => setResolving(null)} />
    </DetailPage>
  );
}

function EntriesTable({ notice }: { notice: NoticeDetail }) {
  const { t } = useTranslation();
  return (
    <div style={{ overflowX: 'auto' }}>
      <Table
        size="small"
        pagination={false}
        rowKey={(e) => e.id}
        dataSource={notice.entries}
        data-testid="notice-entries"
        columns={[
          {
            key: 'organisation',
            title: t('notice.detail.organisation'),
            render: (_, e) => (
              <>
                <Link to={`/applications/${e.applicationId}`}>{e.organisationName}</Link>{' '}
                {e.isRenewal ? <Tag>{t('notice.detail.renewal')}</Tag> : null}
              </>
            ),
          },
          { key: 'region', title: t('notice.detail.region'), render: (_, e) => e.region ?? '—' },
          {
            key: 'functions',
            title: t('notice.detail.functions'),
            render: (_, e) => <ServiceFunctionTags functions={e.functions} />,
          },
          {
            key: 'objections',
            title: t('notice.detail.objectionCount'),
            render: (_, e) => {
              const s = objectionSummary(e.objections);
              return s.total === 0 ? t('notice.detail.none') : t('notice.detail.objectionSummary', s);
            },
          },
          {
            key: 'outcome',
            title: t('notice.detail.outcome'),
            render: (_, e) => <StatusTag kind="noticeOutcome" status={e.outcome} />,
          },
        ]}
      />
    </div>
  );
}

/** The award: why it is not possible yet (the API's awardBlocker, in the viewer's language), or
 * the action, confirmed with the names of those accredited and those failing. */
function AwardCard({ notice }: { notice: NoticeDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const task = useLongTask();
  const [, award] = useMutation(AwardMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const closed = notice.status === 'CLOSED';
  const blocker = notice.awardBlocker;
  const preview = awardPreview(notice.entries);
  const run = async () => {
    const result = await task.run(() => award({ input: { noticeId: notice.id } }, NOTICE_CONTEXT));
    const problem = failureOf(result, 'awardAccreditations');
    setFailure(problem ? t('notice.detail.awardFailed', { message: problem }) : null);
    const answer = result.data?.awardAccreditations;
    if (answer?.__typename === 'AwardAccreditationsSuccess')
      void message.success(t('notice.detail.awarded', { count: answer.data.length }));
  };
  return (
    <Card size="small" title={t('notice.detail.awardTitle')} data-testid="award-card">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t('notice.detail.awardHelp')}</Typography.Text>
        {closed ? (
          <Alert
            type="success"
            showIcon
            title={t('notice.detail.awardClosed')}
            action={<Link to="/certificates">{t('notice.detail.certificates')}</Link>}
          />
        ) : blocker ? (
          <Alert
            type="info"
            showIcon
            data-testid="award-blocker"
            data-code={blocker.code}
            title={t('notice.detail.awardBlocked', { message: blocker.message })}
          />
        ) : null}
        {failure ? <Alert type="error" showIcon title={failure} data-testid="award-failure" /> : null}
        {!closed ? (
          <Flex gap={12} align="center" wrap>
            <ConfirmButton
              type="primary"
              disabled={blocker !== null && blocker !== undefined}
              loading={task.running}
              data-testid="award-action"
              confirm={{
                title: t('notice.detail.awardConfirm', { title: notice.title }),
                description: t('notice.detail.awardConsequence', {
                  accredited: preview.accredited.length,
                  failed: preview.failed.length,
                }),
                names: [
                  ...preview.accredited.map((e) => `${e.organisationName} — ${t('ui.noticeOutcome.CLEARED')}`),
                  ...preview.failed.map((e) => `${e.organisationName} — ${t('ui.noticeOutcome.FAILED')}`),
                ],
                okText: t('notice.detail.award'),
                onOk: run,
              }}
            >
              {t('notice.detail.award')}
            </ConfirmButton>
            <TaskProgress running={task.running} percent={task.percent} label={t('notice.detail.awarding')} />
          </Flex>
        ) : null}
      </Flex>
    </Card>
  );
}
