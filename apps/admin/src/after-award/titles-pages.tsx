import { downloadExport, readFragment, usePageCursor } from '@sme/client';
import { REGION_TREE } from '@sme/domain/region';
import {
  DateField,
  DetailPage,
  ListPage,
  NotFoundResult,
  ServiceFunctionTags,
  describeRequestError,
  formatDateTime,
  isNotFoundError,
  useListUrlState,
  useServiceFunctionOptions,
  type DetailAction,
} from '@sme/ui';
import { Alert, App, Button, Descriptions, Empty, Input, List, Select, Skeleton, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { TitleCursorsQuery, TitleListQuery, TitleQuery } from './after-award.queries';
import { todayInShanghai } from '../calendar/month-grid';
import { SPOT_CHECK_COLOURS, TITLE_STATUS_COLOURS, actionLabel } from './labels';
import { RevokeDialog } from './revoke-dialog';
import { TITLE_FILTERS, expiryYearOptions, titleListVariables } from './title-filter';
import { TitleSummaryFields } from './title-summary';
import { serviceRecordsTab } from '../service-record/title-service-records';

export function TitleStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={TITLE_STATUS_COLOURS[status]} data-testid="title-status">
      {t(`afterAward.titleStatus.${status}`)}
    </Tag>
  );
}

/** 示范平台称号: every title with its status today; filters and page in the URL, applied by the API. */
export function TitlesPage() {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const urlState = useListUrlState(TITLE_FILTERS);
  const variables = useMemo(() => titleListVariables(urlState.filters), [urlState.filters]);
  const listKey = `${JSON.stringify(variables)}|${urlState.pageSize}`;
  const fetchCursors = useCallback(
    async (after: string | null, first: number) => {
      const result = await client.query(TitleCursorsQuery, { ...variables, first, after }).toPromise();
      return result.data?.titles.edges.map((edge) => edge.cursor) ?? [];
    },
    [client, variables],
  );
  const cursor = usePageCursor(listKey, urlState.page, urlState.pageSize, fetchCursors);
  const [{ data, fetching, error }] = useQuery({
    query: TitleListQuery,
    variables: { ...variables, first: urlState.pageSize, after: cursor.after ?? null },
    pause: cursor.after === undefined,
    requestPolicy: 'cache-and-network',
  });
  const connection = data?.titles;
  const { remember } = cursor;
  const offset = (urlState.page - 1) * urlState.pageSize;
  useEffect(() => {
    if (connection) remember(offset + connection.edges.length, connection.pageInfo.endCursor);
  }, [connection, offset, remember]);
  const rows = useMemo(
    () => connection?.edges.map((edge) => readFragment(TitleSummaryFields, edge.node)),
    [connection],
  );
  const functionOptions = useServiceFunctionOptions();
  const years = expiryYearOptions(todayInShanghai(new Date()));
  return (
    <ListPage
      title={t('afterAward.titles.title')}
      description={t('afterAward.titles.description')}
      urlState={urlState}
      // the export streams every title from the API; of this page's filters it applies the function
      onExport={async (report, format) => {
        await downloadExport(
          'titles',
          format,
          { function: urlState.filters.function },
          { report, language: i18n.language },
        );
      }}
      actions={
        <Link to="/titles/import">
          <Button>{t('afterAward.titles.importButton')}</Button>
        </Link>
      }
      searchFields={[
        {
          name: 'titleStatus',
          label: t('afterAward.titles.filterStatus'),
          control: (
            <Select
              allowClear
              options={Object.keys(TITLE_STATUS_COLOURS).map((s) => ({
                value: s,
                label: t(`afterAward.titleStatus.${s}`),
              }))}
            />
          ),
        },
        {
          name: 'function',
          label: t('afterAward.titles.filterFunction'),
          control: <Select allowClear options={functionOptions} />,
        },
        { name: 'q', label: t('afterAward.titles.filterQ'), control: <Input allowClear /> },
        { name: 'on', label: t('afterAward.titles.filterOn'), control: <DateField /> },
        {
          name: 'region',
          label: t('afterAward.titles.filterRegion'),
          control: (
            <Select allowClear showSearch options={REGION_TREE.map((p) => ({ value: p.name, label: p.name }))} />
          ),
        },
        {
          name: 'expiringYear',
          label: t('afterAward.titles.filterYear'),
          control: <Select allowClear options={years.map((y) => ({ value: String(y), label: String(y) }))} />,
        },
      ]}
      alert={error ? <Alert type="error" showIcon title={describeRequestError(error, t)} /> : null}
      rows={rows}
      total={connection?.totalCount}
      rowKey={(r) => r.id}
      loading={fetching}
      testId="titles-table"
      rowAttributes={(r) => ({ 'data-testid': `title-row-${r.certificateNumber}` })}
      columns={[
        {
          key: 'number',
          title: t('afterAward.columns.certificateNumber'),
          render: (_, r) => <Link to={`/titles/${r.id}`}>{r.certificateNumber}</Link>,
        },
        { key: 'organisation', title: t('afterAward.columns.organisation'), render: (_, r) => r.organisationName },
        { key: 'region', title: t('afterAward.columns.region'), render: (_, r) => r.region ?? '—' },
        {
          key: 'functions',
          title: t('afterAward.columns.functions'),
          render: (_, r) => <ServiceFunctionTags functions={r.functions} />,
        },
        {
          key: 'validity',
          title: t('afterAward.columns.validity'),
          render: (_, r) => `${r.validFrom} ~ ${r.validUntil}`,
        },
        {
          key: 'status',
          title: t('afterAward.columns.status'),
          render: (_, r) => <TitleStatusTag status={r.titleStatus} />,
        },
        {
          key: 'source',
          title: t('afterAward.columns.source'),
          render: (_, r) => t(r.imported ? 'afterAward.columns.imported' : 'afterAward.columns.awarded'),
        },
      ]}
      rowActions={(r) => (
        <Link to={`/titles/${r.id}`} aria-label={`${t('afterAward.titles.view')} ${r.organisationName}`}>
          {t('afterAward.titles.view')}
        </Link>
      )}
      empty={{ title: t('afterAward.titles.empty'), hint: t('afterAward.titles.emptyHint') }}
    />
  );
}

/** One title: facts, spot checks, revocation, renewals, national recommendations and its history. */
export function TitlePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: TitleQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const [revoking, setRevoking] = useState(false);
  const title = data?.accreditation;
  const back = { title: t('afterAward.titles.title'), to: '/titles' };
  if (error && isNotFoundError(error))
    return <NotFoundResult title={t('afterAward.title.notFound')} backTo="/titles" backLabel={back.title} />;
  if (error) return <Alert type="error" showIcon title={describeRequestError(error, t)} />;
  if (!title)
    return fetching ? (
      <Skeleton active />
    ) : (
      <NotFoundResult title={t('afterAward.title.notFound')} backTo="/titles" backLabel={back.title} />
    );

  const failedSpotCheck = title.spotChecks.some((c) => c.status === 'FAILED');
  const actions: DetailAction[] = [];
  if (title.allowedActions.includes('REVOKE') || title.allowedActions.includes('COMPLETE_REVOCATION')) {
    const completing = title.allowedActions.includes('COMPLETE_REVOCATION');
    actions.push({
      key: 'revoke',
      label: t(completing ? 'afterAward.title.complete' : 'afterAward.title.revoke'),
      danger: true,
      onRun: () => setRevoking(true),
    });
  }
  const revocation = title.revocation;
  return (
    <>
      <DetailPage
        title={`${title.organisationName} · ${title.certificateNumber}`}
        breadcrumbs={[back, { title: title.certificateNumber }]}
        status={<TitleStatusTag status={title.titleStatus} />}
        actions={actions}
        fields={[
          { key: 'number', label: t('afterAward.columns.certificateNumber'), value: title.certificateNumber },
          { key: 'org', label: t('afterAward.columns.organisation'), value: title.organisationName },
          { key: 'code', label: t('afterAward.title.creditCode'), value: title.organisation.creditCode },
          { key: 'region', label: t('afterAward.columns.region'), value: title.region ?? '—' },
          {
            key: 'functions',
            label: t('afterAward.columns.functions'),
            value: <ServiceFunctionTags functions={title.functions} />,
          },
          { key: 'awarded', label: t('afterAward.title.awardedOn'), value: title.awardedOn },
          {
            key: 'validity',
            label: t('afterAward.columns.validity'),
            value: `${title.validFrom} ~ ${title.validUntil}`,
          },
          { key: 'renewalYear', label: t('afterAward.title.renewalYear'), value: title.renewalYear },
          {
            key: 'source',
            label: t('afterAward.title.source'),
            value: t(title.imported ? 'afterAward.columns.imported' : 'afterAward.columns.awarded'),
          },
          ...(title.renews
            ? [
                {
                  key: 'renews',
                  label: t('afterAward.title.renews'),
                  value: <Link to={`/titles/${title.renews.id}`}>{title.renews.certificateNumber}</Link>,
                },
              ]
            : []),
          {
            key: 'certificate',
            label: t('afterAward.title.certificate'),
            value: (
              <a href={`/api/certificates/${encodeURIComponent(title.certificateNumber)}.pdf`} download>
                {title.certificateNumber}.pdf
              </a>
            ),
          },
        ]}
        tabs={[
          {
            key: 'revocation',
            label: t('afterAward.title.revocation'),
            children: revocation ? (
              <Descriptions bordered size="small" column={1} data-testid="title-revocation">
                <Descriptions.Item label={t('afterAward.columns.status')}>
                  <Tag color={revocation.status === 'OPEN' ? 'orange' : 'red'}>
                    {t(`afterAward.revocationStatus.${revocation.status}`)}
                  </Tag>
                </Descriptions.Item>
                <Descriptions.Item label={t('afterAward.columns.reason')}>
                  {t(`afterAward.reason.${revocation.reason}`)}
                </Descriptions.Item>
                <Descriptions.Item label={t('afterAward.revoke.description')}>
                  {revocation.description}
                </Descriptions.Item>
                <Descriptions.Item label={t('afterAward.revoke.evidence')}>
                  {revocation.evidence ?? '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('afterAward.columns.effectiveOn')}>
                  {revocation.effectiveOn ?? '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('afterAward.columns.openedAt')}>
                  {formatDateTime(revocation.openedAt)}
                </Descriptions.Item>
              </Descriptions>
            ) : (
              <Empty description={t('afterAward.title.noRevocation')} />
            ),
          },
          {
            key: 'spotChecks',
            label: t('afterAward.title.spotChecks'),
            children: (
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={title.spotChecks}
                locale={{ emptyText: t('afterAward.title.noSpotChecks') }}
                columns={[
                  {
                    key: 'campaign',
                    title: t('afterAward.spotChecks.name'),
                    render: (_, c) => <Link to={`/spot-checks/${c.campaign.id}`}>{c.campaign.name}</Link>,
                  },
                  {
                    key: 'status',
                    title: t('afterAward.columns.status'),
                    render: (_, c) => (
                      <Tag color={SPOT_CHECK_COLOURS[c.status]}>{t(`afterAward.spotCheckStatus.${c.status}`)}</Tag>
                    ),
                  },
                  { key: 'due', title: t('afterAward.columns.dueOn'), render: (_, c) => c.dueOn ?? '—' },
                  { key: 'findings', title: t('afterAward.spotChecks.findings'), render: (_, c) => c.findings ?? '—' },
                ]}
              />
            ),
          },
          serviceRecordsTab(t, title.id, title.awardedOn),
          {
            key: 'renewals',
            label: t('afterAward.title.renewals'),
            children: (
              <List
                dataSource={title.renewalApplications}
                locale={{ emptyText: t('afterAward.title.noRenewals') }}
                renderItem={(a) => (
                  <List.Item>
                    <Link to={`/applications/${a.id}`}>{a.round.name}</Link>{' '}
                    <Tag>{t(`ui.status.${a.status}`, { defaultValue: a.status })}</Tag>
                  </List.Item>
                )}
              />
            ),
          },
          {
            key: 'national',
            label: t('afterAward.title.national'),
            children: (
              <List
                dataSource={title.nationalRecommendations}
                locale={{ emptyText: t('afterAward.title.noNational') }}
                renderItem={(n) => (
                  <List.Item>
                    <Typography.Text strong>{n.year}</Typography.Text> {n.note ?? ''}
                  </List.Item>
                )}
              />
            ),
          },
        ]}
        history={title.timeline.map((e) => ({
          at: e.at,
          action: actionLabel(t, e.action),
          actor: e.actor,
          note: e.note,
        }))}
      />
      <RevokeDialog
        open={revoking}
        title={{
          id: title.id,
          version: title.version,
          organisationName: title.organisationName,
          revocation: revocation ?? null,
          failedSpotCheck,
        }}
        onClose={() => setRevoking(false)}
        onDone={() => {
          setRevoking(false);
          void message.success(t('afterAward.revoke.done'));
          reexecute({ requestPolicy: 'network-only' });
        }}
      />
    </>
  );
}
