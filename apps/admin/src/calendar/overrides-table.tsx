import { LoadErrorAlert, ScrollRegion, describeRequestError, formatDateTime } from '@sme/ui';
import { App, Button, Empty, Popconfirm, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, type UseQueryState } from 'urql';
import { CALENDAR_CONTEXT, ClearWorkingDayOverrideMutation, type WorkingDayOverride } from './calendar.query';
import type { IsoDate } from './month-grid';

type OverridesTableProps = {
  year: number;
  query: Pick<UseQueryState, 'fetching' | 'error'> & { overrides: readonly WorkingDayOverride[] | undefined };
  onRetry: () => void;
  /** Given to administrators: edit and remove actions. */
  onEdit?: ((date: IsoDate) => void) | undefined;
};

/** The year's corrections to the statutory calendar, with who made them and why. */
export function OverridesTable({ year, query, onRetry, onEdit }: OverridesTableProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [, clearOverride] = useMutation(ClearWorkingDayOverrideMutation);

  const remove = async (date: IsoDate) => {
    const result = await clearOverride({ date }, CALENDAR_CONTEXT);
    if (result.error) {
      void message.error(t('calendar.overrides.removeFailed', { message: describeRequestError(result.error, t) }));
      return;
    }
    if (result.data?.clearWorkingDayOverride) void message.success(t('calendar.overrides.removed', { date }));
    else void message.warning(t('calendar.overrides.notFound', { date }));
  };

  const columns: TableColumnsType<WorkingDayOverride> = [
    {
      key: 'date',
      title: t('calendar.overrides.date'),
      render: (_, row) => <time dateTime={row.date}>{row.date}</time>,
    },
    {
      key: 'kind',
      title: t('calendar.overrides.kind'),
      render: (_, row) => (
        <Tag color={row.isWorkingDay ? 'orange' : 'red'}>
          {t(row.isWorkingDay ? 'calendar.working' : 'calendar.rest')}
        </Tag>
      ),
    },
    { key: 'note', title: t('calendar.overrides.note'), render: (_, row) => row.note },
    ...(onEdit
      ? [
          {
            key: 'updatedBy',
            title: t('calendar.overrides.updatedBy'),
            render: (_: unknown, row: WorkingDayOverride) => row.updatedBy?.displayName ?? t('ui.empty'),
          },
        ]
      : []),
    {
      key: 'updatedAt',
      title: t('calendar.overrides.updatedAt'),
      render: (_, row) => <time dateTime={row.updatedAt}>{formatDateTime(row.updatedAt)}</time>,
    },
    ...(onEdit
      ? [
          {
            key: 'actions',
            title: t('calendar.overrides.actions'),
            render: (_: unknown, row: WorkingDayOverride) => (
              <Space>
                <Button size="small" onClick={() => onEdit(row.date)}>
                  {t('calendar.overrides.edit')}
                </Button>
                <Popconfirm
                  title={t('calendar.overrides.removeConfirm', { date: row.date })}
                  description={t('calendar.overrides.removeConfirmDetail')}
                  okText={t('calendar.overrides.removeOk')}
                  okButtonProps={{ danger: true }}
                  cancelText={t('calendar.editor.cancel')}
                  onConfirm={() => remove(row.date)}
                >
                  <Button size="small" danger>
                    {t('calendar.overrides.remove')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <section aria-labelledby="overrides-title">
      <Typography.Title level={2} id="overrides-title" style={{ fontSize: 18 }}>
        {t('calendar.overrides.title', { year })}
      </Typography.Title>
      {query.error ? (
        <LoadErrorAlert
          error={query.error}
          describe={(message) => t('calendar.overrides.loadFailed', { message })}
          onRetry={onRetry}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <ScrollRegion label={t('calendar.overrides.title', { year })}>
        <Table<WorkingDayOverride>
          data-testid="overrides-table"
          rowKey="date"
          size="small"
          columns={columns}
          dataSource={query.overrides ? [...query.overrides] : []}
          loading={query.fetching}
          pagination={false}
          onRow={(row) => ({ 'data-testid': 'override-row', 'data-date': row.date }) as HTMLAttributes<HTMLElement>}
          locale={{ emptyText: query.fetching ? ' ' : <Empty description={t('calendar.overrides.empty')} /> }}
        />
      </ScrollRegion>
    </section>
  );
}
