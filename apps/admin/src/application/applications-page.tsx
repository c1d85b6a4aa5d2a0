import { downloadExport, usePageCursor } from '@sme/client';
import {
  APPLICATION_STATUSES,
  ApplicationStatusTag,
  ListPage,
  LoadErrorAlert,
  ServiceFunctionTags,
  describeRequestError,
  formatDateTime,
  isApplicationStatus,
  isGlobalIdOf,
  isNotFoundError,
  useListUrlState,
  type SearchField,
} from '@sme/ui';
import { Alert, Button, Select, Typography, type TableColumnsType } from 'antd';
import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClient, useQuery } from 'urql';
import {
  ApplicationCursorsQuery,
  ApplicationsQuery,
  RoundsQuery,
  type ApplicationRow,
  type RoundOption,
} from './applications.query';

const FILTERS = ['status', 'round', 'reviewOverdue'] as const;

/** Staff's list of applications: status and round filters and the page live in the URL
 * (?status=&round=&page=), so a filtered list can be bookmarked, shared and linked from the workbench. */
export function ApplicationsPage() {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const list = useListUrlState(FILTERS);
  const status = list.filters.status && isApplicationStatus(list.filters.status) ? list.filters.status : null;
  const roundParam = list.filters.round ?? null;
  // the workbench's "reviews overdue" card: in review, an open assignment past its due date
  const reviewOverdue = list.filters.reviewOverdue === 'true' ? true : null;

  const [roundsResult] = useQuery({ query: RoundsQuery });
  const rounds = useMemo(() => sortRounds(roundsResult.data?.rounds ?? []), [roundsResult.data]);
  // a round in the link that does not exist is a not-found, not a server error
  const unknownRound =
    roundParam !== null &&
    (!isGlobalIdOf(roundParam, 'Round') ||
      (roundsResult.data !== undefined && !rounds.some((r) => r.id === roundParam)));
  const unknownStatus = list.filters.status !== undefined && status === null;

  const variables = { status, roundId: roundParam, reviewOverdue };
  const listKey = `${status ?? ''}|${roundParam ?? ''}|${reviewOverdue ?? ''}|${list.pageSize}`;
  const fetchCursors = useCallback(
    async (after: string | null, first: number) => {
      const result = await client
        .query(ApplicationCursorsQuery, { first, after, status, roundId: roundParam, reviewOverdue })
        .toPromise();
      return result.data?.applications.edges.map((edge) => edge.cursor) ?? [];
    },
    [client, status, roundParam, reviewOverdue],
  );
  const cursor = usePageCursor(listKey, list.page, list.pageSize, fetchCursors);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ApplicationsQuery,
    variables: { ...variables, first: list.pageSize, after: cursor.after ?? null },
    pause:
      cursor.after === undefined || unknownRound || unknownStatus || (roundParam !== null && roundsResult.fetching),
  });
  const connection = data?.applications;
  const { remember } = cursor;
  const offset = (list.page - 1) * list.pageSize;
  useEffect(() => {
    if (connection) remember(offset + connection.edges.length, connection.pageInfo.endCursor);
  }, [connection, offset, remember]);
  const rows = useMemo(() => connection?.edges.map((edge) => edge.node), [connection]);

  const searchFields: SearchField<(typeof FILTERS)[number]>[] = [
    {
      name: 'status',
      label: t('applications.filterStatus'),
      control: (
        <Select
          allowClear
          placeholder={t('applications.allStatuses')}
          options={APPLICATION_STATUSES.map((s) => ({ value: s, label: t(`ui.status.${s}`) }))}
          data-testid="filter-status"
        />
      ),
    },
    {
      name: 'round',
      label: t('applications.filterRound'),
      control: (
        <Select
          allowClear
          loading={roundsResult.fetching}
          placeholder={t('applications.allRounds')}
          options={rounds.map((round) => ({ value: round.id, label: round.name }))}
          data-testid="filter-round"
        />
      ),
    },
    {
      name: 'reviewOverdue',
      label: t('applications.filterReviewOverdue'),
      control: (
        <Select
          allowClear
          placeholder={t('applications.anyReview')}
          options={[{ value: 'true', label: t('applications.reviewOverdueOnly') }]}
          data-testid="filter-review-overdue"
        />
      ),
    },
  ];

  const columns: TableColumnsType<ApplicationRow> = [
    { key: 'organisation', title: t('applications.organisation'), render: (_, row) => row.organisation.name },
    {
      key: 'creditCode',
      title: t('applications.creditCode'),
      render: (_, row) => <Typography.Text code>{row.organisation.creditCode}</Typography.Text>,
    },
    { key: 'round', title: t('applications.round'), render: (_, row) => row.round.name },
    {
      key: 'functions',
      title: t('applications.functions'),
      render: (_, row) => <ServiceFunctionTags functions={row.functions} />,
    },
    {
      key: 'status',
      title: t('applications.status'),
      render: (_, row) => <ApplicationStatusTag status={row.status} />,
    },
    {
      key: 'updatedAt',
      title: t('applications.updatedAt'),
      render: (_, row) => <time dateTime={row.updatedAt}>{formatDateTime(row.updatedAt)}</time>,
    },
  ];

  let alert = null;
  if (unknownRound || unknownStatus || isNotFoundError(error)) {
    alert = (
      <Alert
        type="warning"
        showIcon
        data-testid="filter-not-found"
        title={unknownStatus ? t('applications.unknownStatus') : t('applications.unknownRound')}
        action={
          <Button size="small" onClick={list.reset}>
            {t('ui.list.reset')}
          </Button>
        }
      />
    );
  } else if (error) {
    alert = <LoadErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  } else if (roundsResult.error) {
    alert = (
      <Alert
        type="warning"
        showIcon
        title={t('applications.roundsFailed', { message: describeRequestError(roundsResult.error, t) })}
      />
    );
  }

  return (
    <ListPage<ApplicationRow, (typeof FILTERS)[number]>
      title={t('applications.title')}
      description={t('applications.description')}
      breadcrumbs={[{ title: t('nav.home'), to: '/' }]}
      searchFields={searchFields}
      urlState={list}
      alert={alert}
      onExport={async (report, format) => {
        // the export route reads the list's own filters, so the file holds what the list shows
        await downloadExport(
          'applications',
          format,
          { status, roundId: roundParam },
          { report, language: i18n.language },
        );
      }}
      columns={columns}
      rows={unknownRound || unknownStatus ? [] : rows}
      rowKey={(row) => row.id}
      total={unknownRound || unknownStatus ? 0 : connection?.totalCount}
      loading={fetching || (cursor.after === undefined && !unknownRound)}
      rowActions={(row) => (
        <Link
          to={`/applications/${encodeURIComponent(row.id)}`}
          aria-label={t('applications.viewOne', { name: row.organisation.name })}
        >
          {t('applications.view')}
        </Link>
      )}
      empty={{ title: t('applications.empty'), hint: t('applications.emptyHint') }}
      rowAttributes={(row) => ({ 'data-testid': 'application-row', 'data-application-id': row.id })}
      testId="applications-table"
    />
  );
}

function sortRounds(rounds: readonly RoundOption[]): RoundOption[] {
  return [...rounds].sort((a, b) => b.year - a.year || b.sequence - a.sequence);
}
