import { describe, expect, it } from 'vitest';
import { cascaderValue, exportParams, regionFromCascader, statisticsFilterFrom } from './statistics-filters';

const ROUND = btoa('Round:r1');

describe('statisticsFilterFrom', () => {
  it('reads every filter from the URL values', () => {
    expect(statisticsFilterFrom({ year: '2026', round: ROUND, region: '440300', function: 'FINANCING' })).toEqual({
      filter: { year: 2026, roundId: ROUND, region: '440300', function: 'FINANCING' },
      invalid: [],
    });
  });
  it('is the unfiltered statistics without values', () => {
    expect(statisticsFilterFrom({})).toEqual({
      filter: { year: null, roundId: null, region: null, function: null },
      invalid: [],
    });
  });
  it('drops values that cannot be right and names them', () => {
    const { filter, invalid } = statisticsFilterFrom({
      year: '20x6',
      round: 'nope',
      region: '44',
      function: 'COOKING',
    });
    expect(filter).toEqual({ year: null, roundId: null, region: null, function: null });
    expect(invalid).toEqual(['year', 'round', 'region', 'function']);
  });
});

describe('exportParams', () => {
  it('names the filters as the export routes read them', () => {
    expect(exportParams({ year: 2026, roundId: null, region: '440000', function: null })).toEqual({
      year: 2026,
      roundId: null,
      region: '440000',
      function: null,
    });
  });
});

describe('region cascader value', () => {
  it('shows a province alone and a city under its province', () => {
    expect(cascaderValue('440000')).toEqual(['440000']);
    expect(cascaderValue('440300')).toEqual(['440000', '440300']);
    expect(cascaderValue(undefined)).toBeUndefined();
    expect(cascaderValue('999999')).toBeUndefined();
  });
  it('filters by the most specific level chosen', () => {
    expect(regionFromCascader(['440000', '440300'])).toBe('440300');
    expect(regionFromCascader(['440000'])).toBe('440000');
    expect(regionFromCascader([])).toBeUndefined();
  });
});
