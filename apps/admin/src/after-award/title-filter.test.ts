import { describe, expect, it } from 'vitest';
import { expiryYears, filterTitles, pageOf } from './title-filter';

const titles = [
  { certificateNumber: 'LEGACY-2024-0001', organisationName: '杭州服务中心', region: '浙江省杭州市', functions: ['INFORMATION'], titleStatus: 'VALID', renewalYear: 2027 },
  { certificateNumber: 'SME-2023-0002', organisationName: '广州信息中心', region: '广东省广州市', functions: ['INFORMATION', 'TECHNOLOGY'], titleStatus: 'EXPIRING_THIS_YEAR', renewalYear: 2026 },
  { certificateNumber: 'SME-2020-0003', organisationName: '南京创业中心', region: null, functions: ['STARTUP'], titleStatus: 'EXPIRED', renewalYear: 2023 },
];

describe('filterTitles', () => {
  it('applies every filter set and none that is not', () => {
    expect(filterTitles(titles, {})).toHaveLength(3);
    expect(filterTitles(titles, { function: 'INFORMATION' }).map((t) => t.organisationName)).toEqual(['杭州服务中心', '广州信息中心']);
    expect(filterTitles(titles, { function: 'INFORMATION', region: '广东省' }).map((t) => t.organisationName)).toEqual(['广州信息中心']);
    expect(filterTitles(titles, { titleStatus: 'EXPIRED' }).map((t) => t.certificateNumber)).toEqual(['SME-2020-0003']);
    expect(filterTitles(titles, { expiringYear: '2026' }).map((t) => t.certificateNumber)).toEqual(['SME-2023-0002']);
    expect(filterTitles(titles, { q: 'legacy' }).map((t) => t.certificateNumber)).toEqual(['LEGACY-2024-0001']);
    expect(filterTitles(titles, { region: '浙江省', titleStatus: 'EXPIRED' })).toEqual([]);
  });
});

describe('pageOf and expiryYears', () => {
  it('pages and lists the expiry years in order', () => {
    expect(pageOf([1, 2, 3, 4, 5], 2, 2)).toEqual([3, 4]);
    expect(expiryYears(titles)).toEqual([2023, 2026, 2027]);
  });
});
