import { PlusOutlined } from '@ant-design/icons';
import { ApplicationStatusTag, ServiceFunctionTags, describeRequestError, formatDateTime } from '@sme/ui';
import { Alert, Button, Empty, Flex, Spin, Table, Typography, type TableColumnsType } from 'antd';
import { useMemo, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { MyApplicationsQuery, type MyApplication } from './applications.query';

// Also refetch after a mutation returns an Application while the list was still empty.
const queryContext = { additionalTypenames: ['Application'] };

export function MyApplicationsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MyApplicationsQuery, context: queryContext });
  const rows = useMemo(
    () => [...(data?.myApplications ?? [])].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt)),
    [data],
  );
  const goToNew = () => void navigate('/applications/new');

  const columns: TableColumnsType<MyApplication> = [
    { key: 'round', title: t('myApplications.round'), render: (_, row) => row.round.name },
    {
      key: 'functions',
      title: t('myApplications.functions'),
      render: (_, row) => <ServiceFunctionTags functions={row.functions} />,
    },
    { key: 'status', title: t('myApplications.status'), render: (_, row) => <ApplicationStatusTag status={row.status} /> },
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

  const isEmpty = data !== undefined && rows.length === 0;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('myApplications.title')}
        </Typography.Title>
        {/* the empty state has its own invitation, so one "new" button at a time */}
        {isEmpty ? null : (
          <Button type="primary" icon={<PlusOutlined />} onClick={goToNew}>
            {t('myApplications.create')}
          </Button>
        )}
      </Flex>
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
      {data === undefined ? (
        fetching ? (
          <Flex justify="center" style={{ padding: 48 }}>
            <Spin aria-label={t('ui.session.loading')} />
          </Flex>
        ) : null
      ) : isEmpty ? (
        <Empty
          data-testid="my-applications-empty"
          description={
            <Flex vertical gap={4}>
              <Typography.Text strong>{t('myApplications.empty')}</Typography.Text>
              <Typography.Text type="secondary">{t('myApplications.emptyHint')}</Typography.Text>
            </Flex>
          }
        >
          <Button type="primary" icon={<PlusOutlined />} onClick={goToNew}>
            {t('myApplications.create')}
          </Button>
        </Empty>
      ) : (
        <Table<MyApplication>
          data-testid="my-applications-table"
          rowKey="id"
          columns={columns}
          dataSource={rows}
          loading={fetching}
          pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          scroll={{ x: 'max-content' }}
          onRow={(row) => ({ 'data-testid': 'application-row', 'data-application-id': row.id }) as HTMLAttributes<HTMLElement>}
        />
      )}
    </Flex>
  );
}
