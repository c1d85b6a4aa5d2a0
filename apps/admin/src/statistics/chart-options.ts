// ECharts options built from the statistics, kept pure so they can be tested without a canvas.
// Only the series types registered in e-chart.tsx are used (bar, line, pie, funnel).
import type { EChartsCoreOption } from 'echarts/core';

export type LabelledValue = { name: string; value: number };

const BASE = {
  animation: false,
  tooltip: { trigger: 'item' },
  textStyle: { fontFamily: 'inherit' },
} as const;

/** Bars in the given order; horizontal for long Chinese labels (provinces, units) ranked top-down. */
export function barOption(items: readonly LabelledValue[], seriesName: string, horizontal = false): EChartsCoreOption {
  const names = items.map((i) => i.name);
  const values = items.map((i) => i.value);
  const category = {
    type: 'category',
    data: horizontal ? [...names].reverse() : names,
    axisLabel: { interval: 0, hideOverlap: !horizontal },
  };
  const value = { type: 'value', minInterval: 1 };
  return {
    ...BASE,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? category : value,
    series: [
      {
        type: 'bar',
        name: seriesName,
        data: horizontal ? [...values].reverse() : values,
        label: { show: true, position: horizontal ? 'right' : 'top' },
      },
    ],
  };
}

/** Stages of the funnel, widest first; each stage labelled with its count. */
export function funnelOption(stages: readonly LabelledValue[], seriesName: string): EChartsCoreOption {
  const max = Math.max(1, ...stages.map((s) => s.value));
  return {
    ...BASE,
    series: [
      {
        type: 'funnel',
        name: seriesName,
        sort: 'none',
        min: 0,
        max,
        minSize: '8%',
        gap: 2,
        left: '10%',
        width: '80%',
        label: { show: true, position: 'inside', formatter: '{b}：{c}' },
        data: stages.map((s) => ({ name: s.name, value: s.value })),
      },
    ],
  };
}

export type TrendSeries = { name: string; values: readonly (number | null)[]; axis?: 'count' | 'rate' };

/** Lines over the years; a rate (0–1) series goes on a second axis in percent. */
export function trendOption(
  years: readonly number[],
  series: readonly TrendSeries[],
  rateAxisName = '%',
): EChartsCoreOption {
  const hasRate = series.some((s) => s.axis === 'rate');
  return {
    ...BASE,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: [
      { type: 'value', minInterval: 1 },
      ...(hasRate ? [{ type: 'value', name: rateAxisName, min: 0, max: 100 }] : []),
    ],
    series: series.map((s) => ({
      type: 'line',
      name: s.name,
      yAxisIndex: s.axis === 'rate' ? 1 : 0,
      connectNulls: false,
      data: s.axis === 'rate' ? s.values.map((v) => (v === null ? null : Math.round(v * 1000) / 10)) : [...s.values],
    })),
  };
}

/** A ring of parts of a whole; parts that are zero are left out so labels do not pile up. */
export function pieOption(items: readonly LabelledValue[], seriesName: string): EChartsCoreOption {
  return {
    ...BASE,
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        name: seriesName,
        radius: ['40%', '68%'],
        label: { formatter: '{b}：{c}' },
        data: items.filter((i) => i.value > 0).map((i) => ({ name: i.name, value: i.value })),
      },
    ],
  };
}

/** Whether a chart has anything to show (an all-zero chart is an empty state, not a flat line). */
export function hasData(values: readonly (number | null | undefined)[]): boolean {
  return values.some((v) => typeof v === 'number' && v > 0);
}

/** Sums the per-round funnels into one funnel (the filter may cover several rounds). */
export function sumStages<K extends string>(rows: readonly Record<K, number>[], keys: readonly K[]): Record<K, number> {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const row of rows) for (const k of keys) out[k] += row[k];
  return out;
}
