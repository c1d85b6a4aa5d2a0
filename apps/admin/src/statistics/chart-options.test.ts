import { describe, expect, it } from 'vitest';
import { barOption, funnelOption, hasData, pieOption, sumStages, trendOption } from './chart-options';

type Series = { type: string; data: unknown[]; yAxisIndex?: number };
const seriesOf = (option: Record<string, unknown>) => option['series'] as Series[];

describe('chart options', () => {
  it('ranks horizontal bars with the largest at the top (ECharts draws categories bottom-up)', () => {
    const option = barOption(
      [
        { name: '广东省', value: 5 },
        { name: '江苏省', value: 3 },
        { name: '浙江省', value: 1 },
      ],
      '有效称号',
      true,
    ) as Record<string, { data: unknown[] }>;
    expect(option['yAxis']?.data).toEqual(['浙江省', '江苏省', '广东省']);
    expect(seriesOf(option)[0]?.data).toEqual([1, 3, 5]);
  });

  it('keeps vertical bars in the given order', () => {
    const option = barOption(
      [
        { name: 'a', value: 1 },
        { name: 'b', value: 2 },
      ],
      's',
    ) as Record<string, { data: unknown[] }>;
    expect(option['xAxis']?.data).toEqual(['a', 'b']);
    expect(seriesOf(option)[0]?.data).toEqual([1, 2]);
  });

  it('draws the funnel in stage order, not sorted, scaled to the first stage', () => {
    const option = funnelOption(
      [
        { name: '创建', value: 10 },
        { name: '提交', value: 12 },
        { name: '认定', value: 2 },
      ],
      '漏斗',
    );
    const series = seriesOf(option)[0] as Series & { sort: string; max: number };
    expect(series.sort).toBe('none');
    expect(series.max).toBe(12);
    expect(series.data).toEqual([
      { name: '创建', value: 10 },
      { name: '提交', value: 12 },
      { name: '认定', value: 2 },
    ]);
  });

  it('puts rates on a second axis in percent and keeps missing years as gaps', () => {
    const option = trendOption(
      [2025, 2026],
      [
        { name: '提交', values: [4, 6] },
        { name: '通过率', values: [0.5, null], axis: 'rate' },
      ],
    );
    const series = seriesOf(option);
    expect(series[1]).toMatchObject({ yAxisIndex: 1, data: [50, null] });
    expect(series[0]).toMatchObject({ yAxisIndex: 0, data: [4, 6] });
    expect((option['yAxis'] as unknown[]).length).toBe(2);
  });

  it('leaves zero parts out of a pie', () => {
    expect(
      seriesOf(
        pieOption(
          [
            { name: '合格', value: 2 },
            { name: '不合格', value: 0 },
          ],
          '抽查',
        ),
      )[0]?.data,
    ).toEqual([{ name: '合格', value: 2 }]);
  });

  it('treats all-zero figures as nothing to show', () => {
    expect(hasData([0, 0, null])).toBe(false);
    expect(hasData([0, 1])).toBe(true);
    expect(hasData([])).toBe(false);
  });

  it('adds up the funnels of several rounds', () => {
    expect(
      sumStages(
        [
          { a: 1, b: 2 },
          { a: 3, b: 0 },
        ],
        ['a', 'b'],
      ),
    ).toEqual({ a: 4, b: 2 });
  });
});
