import { DownOutlined, DownloadOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Dropdown,
  Empty,
  Flex,
  Pagination,
  Table,
  Typography,
  type TableColumnsType,
  type TableProps,
} from 'antd';
import { useMemo, useState, type HTMLAttributes, type Key, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfirmAction, type ConfirmSpec } from '../components/confirm-action';
import { PageFrame, type Crumb } from '../components/page-frame';
import { TaskProgress, useLongTask } from '../components/task-progress';
import { SearchForm, type SearchField } from './search-form';
import { PAGE_SIZES } from './url-state';
import type { UseListUrlState } from './use-url-state';

export type BatchAction<T> = {
  key: string;
  label: string;
  danger?: boolean;
  /** Asked before running, naming the selected rows (see ConfirmAction). */
  confirm: (rows: readonly T[]) => Omit<ConfirmSpec, 'onOk'>;
  run: (rows: readonly T[]) => Promise<unknown> | unknown;
};

/** The formats the API's export routes stream (GET /api/exports/<list>.xlsx|.csv). */
export type ListExportFormat = 'xlsx' | 'csv';
export const LIST_EXPORT_FORMATS: readonly ListExportFormat[] = ['xlsx', 'csv'];

export type ListEmptyState = {
  /** What is missing: "您的机构还没有申报". */
  title: string;
  /** What to do next: "在开放的批次中…创建申报草稿". */
  hint?: string;
  /** The next step as a button, e.g. "新建申报". */
  action?: ReactNode;
};

export type ListPageProps<T, F extends string> = {
  title: string;
  description?: ReactNode;
  breadcrumbs?: readonly Crumb[];
  /** Primary actions in the header, e.g. a "新建" button. */
  actions?: ReactNode;
  /** Search fields; filters and page come from `useListUrlState` (the URL). */
  searchFields?: readonly SearchField<F>[];
  urlState: UseListUrlState<F>;
  /** Shown above the table, e.g. an error Alert with a retry button. */
  alert?: ReactNode;
  columns: TableColumnsType<T>;
  rows: readonly T[] | undefined;
  rowKey: (row: T) => string;
  /** Total over all pages (the connection's totalCount); omit to hide the pager. */
  total?: number | undefined;
  loading?: boolean;
  /** The 操作 column: links and buttons for one row (may be none). */
  rowActions?: (row: T) => ReactNode;
  /** Row selection appears only when there are batch actions. */
  batchActions?: readonly BatchAction<T>[];
  /** Export in the chosen format (a menu offers Excel and CSV); `report(percent)` drives the
   * progress indicator. `downloadExport` from @sme/client does the download. */
  onExport?: (report: (percent: number) => void, format: ListExportFormat) => Promise<void>;
  empty: ListEmptyState;
  /** Attributes per row, e.g. data-testid for tests. */
  rowAttributes?: (row: T) => Record<string, string | undefined>;
  /** For tests: the table's data-testid. */
  testId?: string;
  /** Extra content under the table (rarely needed). */
  children?: ReactNode;
};

/** A list screen from configuration: header, 查询/重置 form, table with 操作 column, optional
 * batch selection, pager with total and size, export, and an empty state that says what to do. */
export function ListPage<T, F extends string>(props: ListPageProps<T, F>) {
  const { title, description, breadcrumbs, actions, searchFields, urlState, alert, onExport, children } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const exportTask = useLongTask();

  const runExport = async (format: ListExportFormat) => {
    if (!onExport) return;
    try {
      await exportTask.run((report) => onExport(report, format));
      void message.success(t('ui.list.exported'));
    } catch (error) {
      void message.error(
        t('ui.list.exportFailed', { message: error instanceof Error ? error.message : String(error) }),
      );
    }
  };

  const headerActions =
    onExport || actions ? (
      <>
        {onExport ? (
          <>
            <TaskProgress running={exportTask.running} percent={exportTask.percent} label={t('ui.list.exporting')} />
            <Dropdown
              disabled={exportTask.running}
              trigger={['click']}
              menu={{
                items: LIST_EXPORT_FORMATS.map((format) => ({
                  key: format,
                  label: <span data-testid={`list-export-${format}`}>{t(`ui.list.exportAs.${format}`)}</span>,
                })),
                onClick: ({ key }) => void runExport(key as ListExportFormat),
              }}
            >
              <Button icon={<DownloadOutlined />} loading={exportTask.running} data-testid="list-export">
                {t('ui.list.export')} <DownOutlined />
              </Button>
            </Dropdown>
          </>
        ) : null}
        {actions}
      </>
    ) : undefined;

  return (
    <PageFrame title={title} description={description} breadcrumbs={breadcrumbs} actions={headerActions}>
      {searchFields && searchFields.length > 0 ? (
        <Card size="small">
          <SearchForm
            fields={searchFields}
            values={urlState.filters}
            onSearch={urlState.setFilters}
            onReset={urlState.reset}
          />
        </Card>
      ) : null}
      {alert}
      <ListTable {...props} />
      {children}
    </PageFrame>
  );
}

function ListTable<T, F extends string>({
  title,
  urlState,
  columns,
  rows,
  rowKey,
  total,
  loading = false,
  rowActions,
  batchActions,
  empty,
  rowAttributes,
  testId,
}: ListPageProps<T, F>) {
  const { t } = useTranslation();
  const confirm = useConfirmAction();
  const [selectedKeys, setSelectedKeys] = useState<Key[]>([]);
  const data = useMemo(() => [...(rows ?? [])], [rows]);
  const selectedRows = useMemo(
    () => data.filter((row) => selectedKeys.includes(rowKey(row))),
    [data, selectedKeys, rowKey],
  );

  const allColumns: TableColumnsType<T> = rowActions
    ? [
        ...columns,
        {
          key: '__actions',
          title: t('ui.list.actions'),
          render: (_, row) => (
            <Flex gap={4} wrap>
              {rowActions(row)}
            </Flex>
          ),
        },
      ]
    : columns;

  const rowSelection: TableProps<T>['rowSelection'] =
    batchActions && batchActions.length > 0
      ? { selectedRowKeys: selectedKeys, onChange: (keys) => setSelectedKeys(keys), preserveSelectedRowKeys: false }
      : undefined;

  const emptyText = loading ? (
    <span>{t('ui.list.loading')}</span>
  ) : urlState.filtered ? (
    <EmptyState
      title={t('ui.list.emptyFiltered')}
      hint={t('ui.list.emptyFilteredHint')}
      action={<Button onClick={urlState.reset}>{t('ui.list.reset')}</Button>}
    />
  ) : (
    <EmptyState {...empty} />
  );

  return (
    <Flex vertical gap={12}>
      {rowSelection && selectedRows.length > 0 ? (
        <Flex
          align="center"
          gap={8}
          wrap
          data-testid="batch-bar"
          style={{ padding: '8px 12px', background: '#e6f4ff', borderRadius: 6 }}
        >
          <Typography.Text>{t('ui.list.selected', { count: selectedRows.length })}</Typography.Text>
          {batchActions?.map((action) => (
            <Button
              key={action.key}
              size="small"
              danger={action.danger}
              onClick={() =>
                confirm({
                  ...action.confirm(selectedRows),
                  danger: action.danger,
                  onOk: async () => {
                    await action.run(selectedRows);
                    setSelectedKeys([]);
                  },
                })
              }
            >
              {action.label}
            </Button>
          ))}
          <Button size="small" type="link" onClick={() => setSelectedKeys([])}>
            {t('ui.list.clearSelection')}
          </Button>
        </Flex>
      ) : null}
      <ScrollRegion label={t('ui.list.table', { title })}>
        <Table<T>
          data-testid={testId}
          rowKey={rowKey}
          columns={allColumns}
          dataSource={data}
          loading={loading}
          pagination={false}
          rowSelection={rowSelection}
          onRow={rowAttributes ? (row) => rowAttributes(row) as HTMLAttributes<HTMLElement> : undefined}
          locale={{ emptyText }}
        />
      </ScrollRegion>
      {total !== undefined && total > 0 ? (
        <Flex justify="flex-end">
          <Pagination
            current={urlState.page}
            pageSize={urlState.pageSize}
            total={total}
            showSizeChanger
            pageSizeOptions={PAGE_SIZES.map(String)}
            showTotal={(count) => t('ui.list.total', { count })}
            onChange={(page, pageSize) => urlState.setPage(page, pageSize)}
            responsive
          />
        </Flex>
      ) : null}
    </Flex>
  );
}

/** What is missing and what to do next. */
export function EmptyState({ title, hint, action }: ListEmptyState) {
  return (
    <Empty
      data-testid="list-empty"
      description={
        <Flex vertical gap={4}>
          <Typography.Text strong>{title}</Typography.Text>
          {hint ? <Typography.Text type="secondary">{hint}</Typography.Text> : null}
        </Flex>
      }
    >
      {action}
    </Empty>
  );
}

/** A horizontally scrolling area that keyboard users can reach and scroll (axe:
 * scrollable-region-focusable), named for screen readers. */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      style={{ overflowX: 'auto', maxWidth: '100%' }}
      className="sme-scroll-region"
    >
      {children}
    </div>
  );
}
