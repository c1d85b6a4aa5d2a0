import { describe, expect, it } from 'vitest';
import { componentColumns, formatScore, weightsLine } from './ranking-columns';

const c = (name: string, weight: number, value = 0.5) => ({ name, label: `label-${name}`, value, weight });

describe('componentColumns', () => {
  it('lists every named component once, with its label and weight, in the order given', () => {
    const columns = componentColumns([
      { components: [c('REVIEW_SCORE', 30), c('YEARS_HELD', 10)] },
      { components: [c('REVIEW_SCORE', 30, 0.7), c('SPOT_CHECK_RESULTS', 10)] },
    ]);
    expect(columns).toEqual([
      { name: 'REVIEW_SCORE', label: 'label-REVIEW_SCORE', weight: 30 },
      { name: 'YEARS_HELD', label: 'label-YEARS_HELD', weight: 10 },
      { name: 'SPOT_CHECK_RESULTS', label: 'label-SPOT_CHECK_RESULTS', weight: 10 },
    ]);
  });

  it('has no columns when nothing is ranked', () => {
    expect(componentColumns([])).toEqual([]);
  });
});

describe('formatScore', () => {
  it('rounds to two decimals without trailing zeros', () => {
    expect(formatScore(81.23456)).toBe('81.23');
    expect(formatScore(0.5)).toBe('0.5');
    expect(formatScore(3)).toBe('3');
    expect(formatScore(null)).toBe('—');
  });
});

describe('weightsLine', () => {
  it('names each weight in one line', () => {
    expect(
      weightsLine(
        [
          { label: '认定评审得分', weight: 30 },
          { label: '获评年限', weight: 12.5 },
        ],
        '、',
      ),
    ).toBe('认定评审得分 30、获评年限 12.5');
  });
});
