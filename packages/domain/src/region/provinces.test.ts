import { describe, expect, it } from 'vitest';
import { findProvince, provinceDivisionCode, provinceOf } from './provinces';

describe('provinces (GB/T 2260)', () => {
  it('finds a province by code, name, short name or English name', () => {
    expect(findProvince('44')?.zhCN).toBe('广东省');
    expect(findProvince('440300')?.zhCN).toBe('广东省');
    expect(findProvince('广东省')?.code).toBe('44');
    expect(findProvince('广东')?.code).toBe('44');
    expect(findProvince('guangdong')?.code).toBe('44');
    expect(findProvince('内蒙古')?.code).toBe('15');
  });

  it('finds nothing for unknown or empty regions', () => {
    expect(findProvince('')).toBeNull();
    expect(findProvince('99')).toBeNull();
    expect(findProvince('火星')).toBeNull();
    expect(findProvince('广')).toBeNull();
  });

  it("reads an organisation's province from its recorded code, else from its credit code", () => {
    expect(provinceOf({ provinceCode: '310000', creditCode: '91440300MA5F2K8L1X' })?.zhCN).toBe('上海市');
    expect(provinceOf({ provinceCode: null, creditCode: '91440300MA5F2K8L1X' })?.zhCN).toBe('广东省');
    expect(provinceOf({ provinceCode: null, creditCode: 'bad' })).toBeNull();
    expect(provinceDivisionCode({ code: '11' })).toBe('110000');
  });
});
