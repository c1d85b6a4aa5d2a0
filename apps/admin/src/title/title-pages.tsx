import { todayInShanghai } from '@sme/domain';
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
  StatusTag,
  TITLE_STATUS,
} from '@sme/ui';
import { Alert, App, Button, Descriptions, Empty, Input, List, Select, Skeleton, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { TitleCursorsQuery, TitleListQuery, TitleQuery } from './title.queries';
import { actionLabel } from './labels';
import { RevokeDialog } from '../revocation/revoke-dialog';
import { TITLE_FILTERS, expiryYearOptions, titleListVariables } from './title-filter';
import { TitleSummaryFields } from './title-summary';
import { serviceRecordsTab } from '../service-record/title-service-records';

export function TitleStatusTag({ status }: { status: string }) {
  return <StatusTag kind="titleStatus" status={status} testId="title-status" />;
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
      title={t('title.list.title')}
      description={t('title.list.description')}
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
          <Button>{t('title.list.importButton')}</Button>
        </Link>
      }
      searchFields={[
        {
          name: 'titleStatus',
          label: t('title.list.filterStatus'),
          control: (
            <Select
              allowClear
              options={Object.keys(TITLE_STATUS).map((s) => ({
                value: s,
                label: t(`ui.titleStatus.${s}`),
              }))}
            />
          ),
        },
        {
          name: 'function',
          label: t('title.list.filterFunction'),
          control: <Select allowClear options={functionOptions} />,
        },
        { name: 'q', label: t('title.list.filterQ'), control: <Input allowClear /> },
        { name: 'on', label: t('title.list.filterOn'), control: <DateField /> },
        {
          name: 'region',
          label: t('title.list.filterRegion'),
          control: (
            <Select allowClear showSearch options={REGION_TREE.map((p) => ({ value: p.name, label: p.name }))} />
          ),
        },
        {
          name: 'expiringYear',
          label: t('title.list.filterYear'),
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
          title: t('title.columns.certificateNumber'),
          render: (_, r) => <Link to={`/titles/${r.id}`}>{r.certificateNumber}</Link>,
        },
        { key: 'organisation', title: t('title.columns.organisation'), render: (_, r) => r.organisationName },
        { key: 'region', title: t('title.columns.region'), render: (_, r) => r.region ?? '—' },
        {
          key: 'functions',
          title: t('title.columns.functions'),
          render: (_, r) => <ServiceFunctionTags functions={r.functions} />,
        },
        {
          key: 'validity',
          title: t('title.columns.validity'),
          render: (_, r) => `${r.validFrom} ~ ${r.validUntil}`,
        },
        {
          key: 'status',
          title: t('title.columns.status'),
          render: (_, r) => <TitleStatusTag status={r.titleStatus} />,
        },
        {
          key: 'source',
          title: t('title.columns.source'),
          render: (_, r) => t(r.imported ? 'title.columns.imported' : 'title.columns.awarded'),
        },
      ]}
      rowActions={(r) => (
        <Link to={`/titles/${r.id}`} aria-label={`${t('title.list.view')} ${r.organisationName}`}>
          {t('title.list.view')}
        </Link>
      )}
      empty={{ title: t('title.list.empty'), hint: t('title.list.emptyHint') }}
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
  const back = { title: t('title.list.title'), to: '/titles' };
  if (error && isNotFoundError(error))
    return <NotFoundResult title={t('title.detail.notFound')} backTo="/titles" backLabel={back.title} />;
  if (error) return <Alert type="error" showIcon title={describeRequestError(error, t)} />;
  if (!title)
    return fetching ? (
      <Skeleton active />
    ) : (
      <NotFoundResult title={t('title.detail.notFound')} backTo="/titles" backLabel={back.title} />
    );

  const failedSpotCheck = title.spotChecks.some((c) => c.status === 'FAILED');
  const actions: DetailAction[] = [];
  if (title.allowedActions.includes('REVOKE') || title.allowedActions.includes('COMPLETE_REVOCATION')) {
    const completing = title.allowedActions.includes('COMPLETE_REVOCATION');
    actions.push({
      key: 'revoke',
      label: t(completing ? 'title.detail.complete' : 'title.detail.revoke'),
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
          { key: 'number', label: t('title.columns.certificateNumber'), value: title.certificateNumber },
          { key: 'org', label: t('title.columns.organisation'), value: title.organisationName },
          { key: 'code', label: t('title.detail.creditCode'), value: title.organisation.creditCode },
          { key: 'region', label: t('title.columns.region'), value: title.region ?? '—' },
          {
            key: 'functions',
            label: t('title.columns.functions'),
            value: <ServiceFunctionTags functions={title.functions} />,
          },
          { key: 'awarded', label: t('title.detail.awardedOn'), value: title.awardedOn },
          {
            key: 'validity',
            label: t('title.columns.validity'),
            value: `${title.validFrom} ~ ${title.validUntil}`,
          },
          { key: 'renewalYear', label: t('title.detail.renewalYear'), value: title.renewalYear },
          {
            key: 'source',
            label: t('title.detail.source'),
            value: t(title.imported ? 'title.columns.imported' : 'title.columns.awarded'),
          },
          ...(title.renews
            ? [
                {
                  key: 'renews',
                  label: t('title.detail.renews'),
                  value: <Link to={`/titles/${title.renews.id}`}>{title.renews.certificateNumber}</Link>,
                },
              ]
            : []),
          {
            key: 'certificate',
            label: t('title.detail.certificate'),
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
            label: t('title.detail.revocation'),
            children: revocation ? (
              <Descriptions bordered size="small" column={1} data-testid="title-revocation">
                <Descriptions.Item label={t('title.columns.status')}>
                  <StatusTag kind="revocationStatus" status={revocation.status} />
                </Descriptions.Item>
                <Descriptions.Item label={t('title.columns.reason')}>
                  {t(`revocation.reason.${revocation.reason}`)}
                </Descriptions.Item>
                <Descriptions.Item label={t('revocation.revoke.description')}>
                  {revocation.description}
                </Descriptions.Item>
                <Descriptions.Item label={t('revocation.revoke.evidence')}>
                  {revocation.evidence ?? '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('title.columns.effectiveOn')}>
                  {revocation.effectiveOn ?? '—'}
                </Descriptions.Item>
                <Descriptions.Item label={t('title.columns.openedAt')}>
                  {formatDateTime(revocation.openedAt)}
                </Descriptions.Item>
              </Descriptions>
            ) : (
              <Empty description={t('title.detail.noRevocation')} />
            ),
          },
          {
            key: 'spotChecks',
            label: t('title.detail.spotChecks'),
            children: (
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={title.spotChecks}
                locale={{ emptyText: t('title.detail.noSpotChecks') }}
                columns={[
                  {
                    key: 'campaign',
                    title: t('spotCheck.name'),
                    render: (_, c) => <Link to={`/spot-checks/${c.campaign.id}`}>{c.campaign.name}</Link>,
                  },
                  {
                    key: 'status',
                    title: t('title.columns.status'),
                    render: (_, c) => <StatusTag kind="spotCheckStatus" status={c.status} />,
                  },
                  { key: 'due', title: t('title.columns.dueOn'), render: (_, c) => c.dueOn ?? '—' },
                  { key: 'findings', title: t('spotCheck.findings'), render: (_, c) => c.findings ?? '—' },
                ]}
              />
            ),
          },
          serviceRecordsTab(t, title.id, title.awardedOn),
          {
            key: 'renewals',
            label: t('title.detail.renewals'),
            children: (
              <List
                dataSource={title.renewalApplications}
                locale={{ emptyText: t('title.detail.noRenewals') }}
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
            label: t('title.detail.national'),
            children: (
              <List
                dataSource={title.nationalRecommendations}
                locale={{ emptyText: t('title.detail.noNational') }}
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
          void message.success(t('revocation.revoke.done'));
          reexecute({ requestPolicy: 'network-only' });
        }}
      />
    </>
  );
}
