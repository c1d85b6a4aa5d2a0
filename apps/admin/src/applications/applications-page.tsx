import {
  APPLICATION_STATUSES,
  ApplicationStatusTag,
  ServiceFunctionTags,
  describeRequestError,
  formatDateTime,
  isApplicationStatus,
} from '@sme/ui';
import { Alert, Button, Empty, Flex, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ApplicationsQuery, RoundsQuery, type ApplicationRow, type RoundOption } from './applications.query';
import { FIRST_PAGE, currentAfter, nextPage, pageCount, pageNumber, previousPage } from './cursor-pages';

const PAGE_SIZE = 20;

/** Filters live in the URL (?status=&round=) so a filtered list can be bookmarked or shared. */
export function ApplicationsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status');
  const status = statusParam && isApplicationStatus(statusParam) ? statusParam : null;
  const roundId = params.get('round') || null;

  const setFilter = (name: 'status' | 'round', value: string | null | undefined) => {
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      if (value) next.set(name, value);
      else next.delete(name);
      return next;
    });
  };

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('applications.title')}
      </Typography.Title>
      <Filters status={status} roundId={roundId} onChange={setFilter} />
      {/* a new filter starts again at page 1 */}
      <ApplicationsTable
        key={`${status ?? ''}|${roundId ?? ''}`}
        status={status}
        roundId={roundId}
        onClearFilters={status || roundId ? () => setParams(new URLSearchParams()) : undefined}
      />
    </Flex>
  );
}

type FiltersProps = {
  status: string | null;
  roundId: string | null;
  onChange: (name: 'status' | 'round', value: string | null | undefined) => void;
};

function Filters({ status, roundId, onChange }: FiltersProps) {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: RoundsQuery });
  const rounds = useMemo(() => sortRounds(data?.rounds ?? []), [data]);
  return (
    <Flex vertical gap={8}>
      <Space wrap>
        <label>
          <Space>
            {t('applications.filterStatus')}
            <Select
              style={{ width: 200 }}
              allowClear
              placeholder={t('applications.allStatuses')}
              value={status}
              onChange={(value: string | undefined) => onChange('status', value)}
              options={APPLICATION_STATUSES.map((s) => ({ value: s, label: t(`ui.status.${s}`) }))}
              data-testid="filter-status"
            />
          </Space>
        </label>
        <label>
          <Space>
            {t('applications.filterRound')}
            <Select
              style={{ width: 260 }}
              allowClear
              loading={fetching}
              placeholder={t('applications.allRounds')}
              value={roundId}
              onChange={(value: string | undefined) => onChange('round', value)}
              options={rounds.map((round) => ({ value: round.id, label: round.name }))}
              data-testid="filter-round"
            />
          </Space>
        </label>
      </Space>
      {error ? (
        <Alert type="warning" showIcon title={t('applications.roundsFailed', { message: describeRequestError(error, t) })} />
      ) : null}
    </Flex>
  );
}

function sortRounds(rounds: readonly RoundOption[]): RoundOption[] {
  return [...rounds].sort((a, b) => b.year - a.year || b.sequence - a.sequence);
}

type ApplicationsTableProps = {
  status: ApplicationRow['status'] | null;
  roundId: string | null;
  onClearFilters: (() => void) | undefined;
};

function ApplicationsTable({ status, roundId, onClearFilters }: ApplicationsTableProps) {
  const { t } = useTranslation();
  const [pages, setPages] = useState(FIRST_PAGE);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ApplicationsQuery,
    variables: { first: PAGE_SIZE, after: currentAfter(pages), status, roundId },
  });
  const connection = data?.applications;
  const rows = useMemo(() => connection?.edges.map((edge) => edge.node) ?? [], [connection]);

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
    { key: 'status', title: t('applications.status'), render: (_, row) => <ApplicationStatusTag status={row.status} /> },
    {
      key: 'updatedAt',
      title: t('applications.updatedAt'),
      render: (_, row) => <time dateTime={row.updatedAt}>{formatDateTime(row.updatedAt)}</time>,
    },
  ];

  return (
    <Flex vertical gap={12}>
      {error ? (
        <Alert
          type="error"
          showIcon
          title={describeRequestError(error, t)}
          action={
            <Button size="small" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
              {t('ui.error.retry')}
            </Button>
          }
        />
      ) : null}
      <Table<ApplicationRow>
        data-testid="applications-table"
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={fetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
        onRow={(row) => ({ 'data-testid': 'application-row', 'data-application-id': row.id }) as HTMLAttributes<HTMLElement>}
        locale={{
          emptyText: fetching ? ' ' : (
            <Empty description={onClearFilters ? t('applications.emptyFiltered') : t('applications.empty')}>
              {onClearFilters ? <Button onClick={onClearFilters}>{t('applications.clearFilters')}</Button> : null}
            </Empty>
          ),
        }}
      />
      {connection ? (
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Typography.Text type="secondary" data-testid="applications-total">
            {t('applications.total', { count: connection.totalCount })}
          </Typography.Text>
          <Space>
            <Typography.Text>
              {t('applications.page', {
                page: pageNumber(pages),
                pages: pageCount(connection.totalCount, PAGE_SIZE),
              })}
            </Typography.Text>
            <Button disabled={pageNumber(pages) === 1 || fetching} onClick={() => setPages(previousPage)}>
              {t('applications.previous')}
            </Button>
            <Button
              disabled={!connection.pageInfo.hasNextPage || fetching}
              onClick={() => setPages((p) => nextPage(p, connection.pageInfo.endCursor))}
            >
              {t('applications.next')}
            </Button>
          </Space>
        </Flex>
      ) : null}
    </Flex>
  );
}
