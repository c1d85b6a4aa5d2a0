import type { TableColumnsType } from 'antd';
import { barOption, hasData } from './chart-options';
import type { Figure } from './chart-card';

/** One category of a count figure: applications by status, titles by function, by region… */
export type CountRow = { key: string; label: string; count: number; code?: string };

type CountFigureOptions = {
  labelTitle: string;
  countTitle: string;
  /** Bars along the category axis: long labels (statuses, provinces, units) read better. */
  horizontal?: boolean;
  /** A column after the label, e.g. the region code. */
  codeTitle?: string;
  /** A chart at least this tall that grows with the number of bars (28 px each). */
  minHeight?: number;
};

/** Most of the dashboard's figures are a count per category: the bar chart, the table of the
 * same numbers and whether there is anything to show, made once. */
export function countFigure(rows: readonly CountRow[], options: CountFigureOptions): Figure<CountRow> {
  const columns: TableColumnsType<CountRow> = [
    { key: 'label', title: options.labelTitle, render: (_, r) => r.label },
    ...(options.codeTitle
      ? [{ key: 'code', title: options.codeTitle, render: (_: unknown, r: CountRow) => r.code ?? '' }]
      : []),
    { key: 'count', title: options.countTitle, align: 'right', dataIndex: 'count' },
  ];
  return {
    option: barOption(
      rows.map((r) => ({ name: r.label, value: r.count })),
      options.countTitle,
      options.horizontal ?? false,
    ),
    empty: !hasData(rows.map((r) => r.count)),
    rows,
    rowKey: (r) => r.key,
    columns,
    height: options.minHeight === undefined ? undefined : Math.max(options.minHeight, rows.length * 28),
  };
}
