import type { Message } from '../shared/message';

/**
 * China's provincial-level divisions with their GB/T 2260 codes (first two digits; the full
 * code is followed by 0000). The public register (Art. 9) is searched by region, and an
 * organisation's region is its province.
 */
export const PROVINCES = [
  { code: '11', zhCN: '北京市', en: 'Beijing' },
  { code: '12', zhCN: '天津市', en: 'Tianjin' },
  { code: '13', zhCN: '河北省', en: 'Hebei' },
  { code: '14', zhCN: '山西省', en: 'Shanxi' },
  { code: '15', zhCN: '内蒙古自治区', en: 'Inner Mongolia' },
  { code: '21', zhCN: '辽宁省', en: 'Liaoning' },
  { code: '22', zhCN: '吉林省', en: 'Jilin' },
  { code: '23', zhCN: '黑龙江省', en: 'Heilongjiang' },
  { code: '31', zhCN: '上海市', en: 'Shanghai' },
  { code: '32', zhCN: '江苏省', en: 'Jiangsu' },
  { code: '33', zhCN: '浙江省', en: 'Zhejiang' },
  { code: '34', zhCN: '安徽省', en: 'Anhui' },
  { code: '35', zhCN: '福建省', en: 'Fujian' },
  { code: '36', zhCN: '江西省', en: 'Jiangxi' },
  { code: '37', zhCN: '山东省', en: 'Shandong' },
  { code: '41', zhCN: '河南省', en: 'Henan' },
  { code: '42', zhCN: '湖北省', en: 'Hubei' },
  { code: '43', zhCN: '湖南省', en: 'Hunan' },
  { code: '44', zhCN: '广东省', en: 'Guangdong' },
  { code: '45', zhCN: '广西壮族自治区', en: 'Guangxi' },
  { code: '46', zhCN: '海南省', en: 'Hainan' },
  { code: '50', zhCN: '重庆市', en: 'Chongqing' },
  { code: '51', zhCN: '四川省', en: 'Sichuan' },
  { code: '52', zhCN: '贵州省', en: 'Guizhou' },
  { code: '53', zhCN: '云南省', en: 'Yunnan' },
  { code: '54', zhCN: '西藏自治区', en: 'Tibet' },
  { code: '61', zhCN: '陕西省', en: 'Shaanxi' },
  { code: '62', zhCN: '甘肃省', en: 'Gansu' },
  { code: '63', zhCN: '青海省', en: 'Qinghai' },
  { code: '64', zhCN: '宁夏回族自治区', en: 'Ningxia' },
  { code: '65', zhCN: '新疆维吾尔自治区', en: 'Xinjiang' },
  { code: '71', zhCN: '台湾省', en: 'Taiwan' },
  { code: '81', zhCN: '香港特别行政区', en: 'Hong Kong' },
  { code: '82', zhCN: '澳门特别行政区', en: 'Macao' },
] as const;

export type Province = (typeof PROVINCES)[number];

/** The six-digit division code of a province: '44' → '440000'. */
export function provinceDivisionCode(province: Pick<Province, 'code'>): string {
  return `${province.code}0000`;
}

/**
 * The province a region names: a two- or six-digit division code ('44', '440000', '440300'),
 * the Chinese name with or without its suffix ('广东省', '广东') or the English name. Null when
 * nothing matches.
 */
export function findProvince(region: string): Province | null {
  const text = region.trim();
  if (text === '') return null;
  if (/^\d{2}(\d{4})?$/.test(text)) return PROVINCES.find((p) => p.code === text.slice(0, 2)) ?? null;
  const lower = text.toLowerCase();
  return (
    PROVINCES.find((p) => p.zhCN === text || p.en.toLowerCase() === lower) ??
    PROVINCES.find((p) => text.length >= 2 && p.zhCN.startsWith(text)) ??
    null
  );
}

/**
 * An organisation's province: its recorded province code, else the division code inside its
 * unified social credit code (characters 3–8, GB 32100), which names where it was registered.
 */
export function provinceOf(organisation: { provinceCode?: string | null; creditCode?: string | null }): Province | null {
  if (organisation.provinceCode) return findProvince(organisation.provinceCode);
  const division = organisation.creditCode?.slice(2, 8) ?? '';
  return /^\d{6}$/.test(division) ? findProvince(division) : null;
}

export function provinceName(province: Province): Message {
  return { zhCN: province.zhCN, en: province.en };
}
