import { REGION_TREE } from '@sme/domain/region';

/** The GB/T 2260 codes a region names: a code, a province or city name (with or without its suffix). */
export function regionCodes(region: string): string[] {
  if (/^\d{6}$/.test(region)) return [region];
  if (/^\d{2}$/.test(region)) return [`${region}0000`];
  const matches: string[] = [];
  const same = (name: string) => name === region || (region.length >= 2 && name.startsWith(region));
  for (const province of REGION_TREE) {
    if (same(province.name)) matches.push(province.code);
    for (const city of province.children ?? []) if (same(city.name)) matches.push(city.code);
  }
  return matches.length > 0 ? matches : ['-'];
}
