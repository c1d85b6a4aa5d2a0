import { PlusOutlined } from '@ant-design/icons';
import {
  APPLICATION_STATUSES,
  ApplicationStatusTag,
  ListPage,
  LoadErrorAlert,
  ServiceFunctionTags,
  formatDateTime,
  useListUrlState,
  type SearchField,
} from '@sme/ui';
import { Button, Select, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { MyApplicationsQuery, type MyApplication } from './applications.query';

// Also refetch after a mutation returns an Application while the list was still empty.
const queryContext = { additionalTypenames: ['Application'] };

const FILTERS = ['status', 'round'] as const;
type Filter = (typeof FILTERS)[number];

/** A member's applications, newest first. The API returns them all (an organisation has a few),
 * so filtering and paging happen here, with the filters and page in the URL like every list. */
export function MyApplicationsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useListUrlState(FILTERS);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MyApplicationsQuery, context: queryContext });
  const all = useMemo(
    () => [...(data?.myApplications ?? [])].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt)),
    [data],
  );
  const rounds = useMemo(() => [...new Map(all.map((a) => [a.round.id, a.round.name])).entries()], [all]);
  const { status, round } = list.filters;
  const filtered = useMemo(
    () => all.filter((a) => (!status || a.status === status) && (!round || a.round.id === round)),
    [all, status, round],
  );
  const rows = filtered.slice((list.page - 1) * list.pageSize, list.page * list.pageSize);
  const goToNew = () => void navigate('/applications/new');
  const hasAny = all.length > 0;

  const searchFields: SearchField<Filter>[] = [
    {
      name: 'status',
      label: t('myApplications.status'),
      control: (
        <Select
          allowClear
          placeholder={t('myApplications.allStatuses')}
          options={APPLICATION_STATUSES.map((s) => ({ value: s, label: t(`ui.status.${s}`) }))}
        />
      ),
    },
    {
      name: 'round',
      label: t('myApplications.round'),
      control: (
        <Select
          allowClear
          placeholder={t('myApplications.allRounds')}
          options={rounds.map(([value, label]) => ({ value, label }))}
        />
      ),
    },
  ];

  const columns: TableColumnsType<MyApplication> = [
    { key: 'round', title: t('myApplications.round'), render: (_, row) => row.round.name },
    {
      key: 'functions',
      title: t('myApplications.functions'),
      render: (_, row) => <ServiceFunctionTags functions={row.functions} />,
    },
    {
      key: 'status',
      title: t('myApplications.status'),
      render: (_, row) => <ApplicationStatusTag status={row.status} />,
    },
    {
      key: 'createdAt',
      title: t('myApplications.createdAt'),
      render: (_, row) => <time dateTime={row.createdAt}>{formatDateTime(row.createdAt)}</time>,
    },
    {
      key: 'updatedAt',
      title: t('myApplications.updatedAt'),
      render: (_, row) => <time dateTime={row.updatedAt}>{formatDateTime(row.updatedAt)}</time>,
    },
  ];

  return (
    <ListPage<MyApplication, Filter>
      title={t('myApplications.title')}
      description={t('myApplications.description')}
      // the empty state has its own invitation, so one "new" button at a time
      actions={
        hasAny ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={goToNew}>
            {t('myApplications.create')}
          </Button>
        ) : undefined
      }
      searchFields={hasAny ? searchFields : undefined}
      urlState={list}
      alert={
        error ? <LoadErrorAlert error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null
      }
      columns={columns}
      rows={rows}
      rowKey={(row) => row.id}
      total={filtered.length}
      loading={fetching && !data}
      rowActions={(row) => (
        <Link
          to={`/applications/${encodeURIComponent(row.id)}`}
          aria-label={t('myApplications.viewOne', { round: row.round.name })}
        >
          {t('myApplications.view')}
        </Link>
      )}
      empty={{
        title: t('myApplications.empty'),
        hint: t('myApplications.emptyHint'),
        action: (
          <Button type="primary" icon={<PlusOutlined />} onClick={goToNew}>
            {t('myApplications.create')}
          </Button>
        ),
      }}
      rowAttributes={(row) => ({ 'data-testid': 'application-row', 'data-application-id': row.id })}
      testId="my-applications-table"
    />
  );
}
