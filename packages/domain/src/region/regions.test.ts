import { describe, expect, it } from 'vitest';
import { REGION_TREE, checkRegion, provinceOf, regionLabel, regionName } from './regions';

describe('regions (GB/T 2260)', () => {
  it('lists the 34 provincial-level divisions with their cities', () => {
    expect(REGION_TREE).toHaveLength(34);
    const guangdong = REGION_TREE.find((p) => p.code === '440000');
    expect(guangdong?.name).toBe('广东省');
    expect(guangdong?.children?.map((c) => c.name)).toContain('深圳市');
  });

  it('names provinces and cities by code', () => {
    expect(regionName('440300')).toBe('深圳市');
    expect(regionName('110000')).toBe('北京市');
    expect(regionName('999999')).toBeNull();
    expect(regionName(null)).toBeNull();
    expect(regionLabel('440000', '440300')).toBe('广东省 深圳市');
    expect(regionLabel('440000', '110105')).toBe('广东省');
  });

  it('puts districts under the municipalities and lifts directly governed county-level cities', () => {
    expect(REGION_TREE.find((p) => p.code === '110000')?.children?.map((c) => c.name)).toContain('海淀区');
    // 仙桃市 sits directly under 湖北省, not under a pseudo-prefecture
    const hubei = REGION_TREE.find((p) => p.code === '420000');
    expect(hubei?.children?.some((c) => c.name === '仙桃市')).toBe(true);
    expect(hubei?.children?.some((c) => c.name.includes('直辖县级'))).toBe(false);
  });

  it('finds the province of a city and checks that a pair belongs together', () => {
    expect(provinceOf('440300')).toBe('440000');
    expect(provinceOf('440000')).toBe('440000');
    expect(checkRegion('440000', '440300')).toEqual({ ok: true });
    expect(checkRegion('440000', '110105')).toEqual({ ok: false, reason: 'UNKNOWN_CITY' });
    expect(checkRegion('440000', null)).toEqual({ ok: false, reason: 'CITY_REQUIRED' });
    expect(checkRegion('000000', null)).toEqual({ ok: false, reason: 'UNKNOWN_PROVINCE' });
  });
});
