import { describe, expect, it } from 'vitest';
import { everyYear } from './trend-years';

describe('everyYear', () => {
  it('fills the years without data between the first and the last, in order', () => {
    const rows = [
      { year: 2022, submitted: 5 },
      { year: 2019, submitted: 3 },
    ];
    expect(everyYear(rows, (year) => ({ year, submitted: 0 }))).toEqual([
      { year: 2019, submitted: 3 },
      { year: 2020, submitted: 0 },
      { year: 2021, submitted: 0 },
      { year: 2022, submitted: 5 },
    ]);
    expect(everyYear([], (year) => ({ year }))).toEqual([]);
  });
});
