// The dashboard's filters live in the URL (?year=&round=&region=&function=) so a filtered view can
// be bookmarked and shared; these pure helpers turn them into the GraphQL filter and into the
// query string of the matching export (the export routes read the same names).
import { SERVICE_FUNCTIONS, isGlobalIdOf, provinceOf, type ServiceFunction } from '@sme/ui';

export const DASHBOARD_FILTERS = ['year', 'round', 'region', 'function'] as const;
export type DashboardFilterName = (typeof DASHBOARD_FILTERS)[number];
export type DashboardFilterValues = Partial<Record<DashboardFilterName, string>>;

export type StatisticsFilterVariables = {
  year: number | null;
  roundId: string | null;
  region: string | null;
  function: ServiceFunction | null;
};

const REGION_CODE = /^\d{6}$/;

/** The filter the statistics query takes; values that cannot be right are dropped, and named in `invalid`. */
export function statisticsFilterFrom(values: DashboardFilterValues): {
  filter: StatisticsFilterVariables;
  invalid: DashboardFilterName[];
} {
  const invalid: DashboardFilterName[] = [];
  let year: number | null = null;
  if (values.year !== undefined) {
    const n = Number(values.year);
    if (Number.isInteger(n) && n >= 2000 && n <= 2100) year = n;
    else invalid.push('year');
  }
  let roundId: string | null = null;
  if (values.round !== undefined) {
    if (isGlobalIdOf(values.round, 'Round')) roundId = values.round;
    else invalid.push('round');
  }
  let region: string | null = null;
  if (values.region !== undefined) {
    if (REGION_CODE.test(values.region)) region = values.region;
    else invalid.push('region');
  }
  let fn: ServiceFunction | null = null;
  if (values.function !== undefined) {
    if ((SERVICE_FUNCTIONS as readonly string[]).includes(values.function)) fn = values.function as ServiceFunction;
    else invalid.push('function');
  }
  return { filter: { year, roundId, region, function: fn }, invalid };
}

/** The export routes' query parameters for the same filter. */
export function exportParams(filter: StatisticsFilterVariables): Record<string, string | number | null> {
  return { year: filter.year, roundId: filter.roundId, region: filter.region, function: filter.function };
}

/** The cascader's value for a region code: a province alone, or its province and the city. */
export function cascaderValue(region: string | undefined): string[] | undefined {
  if (!region) return undefined;
  const province = provinceOf(region);
  if (!province) return undefined;
  return province === region ? [province] : [province, region];
}

/** The code a cascader choice filters by: the most specific level chosen. */
export function regionFromCascader(value: readonly string[] | undefined): string | undefined {
  return value && value.length > 0 ? value[value.length - 1] : undefined;
}
