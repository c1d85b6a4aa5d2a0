import { describe, expect, it } from 'vitest';
import { expiryYearOptions, titleListVariables } from './title-filter';

describe('titleListVariables', () => {
  it('passes each filter in the URL to the API under its argument name', () => {
    expect(
      titleListVariables({
        titleStatus: 'EXPIRED',
        on: '2026-03-01',
        function: 'TRAINING',
        region: '广东省',
        expiringYear: '2026',
        q: ' 广州 ',
      }),
    ).toEqual({
      status: 'EXPIRED',
      on: '2026-03-01',
      function: 'TRAINING',
      region: '广东省',
      expiringYear: 2026,
      name: '广州',
    });
    expect(titleListVariables({})).toEqual({
      status: null,
      on: null,
      function: null,
      region: null,
      name: null,
      expiringYear: null,
    });
  });

  it('drops what a hand-edited link gets wrong instead of sending it', () => {
    expect(
      titleListVariables({ titleStatus: 'GONE', function: 'COOKING', expiringYear: 'soon', on: '2026-02-30' }),
    ).toMatchObject({ status: null, function: null, expiringYear: null, on: null });
    // a day without a status has nothing to apply to
    expect(titleListVariables({ on: '2026-03-01' }).on).toBeNull();
  });
});

describe('expiryYearOptions', () => {
  it('covers the validity of titles awarded in the last three years and the next renewals', () => {
    const years = expiryYearOptions('2026-11-26');
    expect(years).toContain(2026);
    expect(years).toContain(2029);
    expect(years[0]).toBeLessThan(2024);
  });
});
