import { BarChartOutlined, TableOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Segmented, Table, type TableColumnsType } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { createContext, useContext, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from './e-chart';
import { ExportMenu } from './export-menu';

/** What a card shows: the chart, whether it is empty, and the table of its numbers. */
export type Figure<Row> = {
  option: EChartsCoreOption;
  empty: boolean;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  columns: TableColumnsType<Row>;
  height?: number;
};

export type ChartCardProps<Row> = Figure<Row> & {
  /** Stable id: data-testid="stat-<id>" and the export button's test id. */
  id: string;
  title: string;
  /** A short sentence on how the figure is counted. */
  hint?: ReactNode;
  /** The export list of this table; exported with the filters of the enclosing ChartCardScope. */
  exportList?: string;
};

type Scope = { exportParams: Record<string, string | number | null>; loading: boolean };
const ScopeContext = createContext<Scope>({ exportParams: {}, loading: false });
/** The dashboard's filters (for each card's export) and its loading state, given once for all cards. */
export const ChartCardScope = ScopeContext.Provider;

/** One dashboard figure: the chart, its numbers one click away as a table, and its export. */
export function ChartCard<Row extends object>(props: ChartCardProps<Row>) {
  const { id, title, hint, option, empty, rows, rowKey, columns, exportList, height = 300 } = props;
  const { exportParams, loading } = useContext(ScopeContext);
  const { t } = useTranslation();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{title}</h2>}
      loading={loading}
      data-testid={`stat-${id}`}
      data-view={view}
      extra={
        <Flex gap={8} align="center" wrap>
          <Segmented<'chart' | 'table'>
            size="small"
            value={view}
            onChange={setView}
            aria-label={t('statistics.viewAs', { subject: title })}
            options={[
              { value: 'chart', icon: <BarChartOutlined />, label: t('statistics.chart') },
              { value: 'table', icon: <TableOutlined />, label: t('statistics.table') },
            ]}
          />
          {exportList ? (
            <ExportMenu list={exportList} params={exportParams} subject={title} testId={`export-${id}`} />
          ) : null}
        </Flex>
      }
    >
      {hint ? <div style={{ marginBottom: 8, color: 'rgba(0,0,0,0.65)' }}>{hint}</div> : null}
      {empty ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('statistics.empty')}
          data-testid={`stat-${id}-empty`}
        />
      ) : view === 'chart' ? (
        <EChart
          option={option}
          label={t('statistics.chartLabel', { subject: title })}
          height={height}
          testId={`stat-${id}-chart`}
        />
      ) : (
        <Table<Row>
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          rowKey={rowKey}
          columns={columns}
          dataSource={rows as Row[]}
          data-testid={`stat-${id}-table`}
        />
      )}
    </Card>
  );
}
