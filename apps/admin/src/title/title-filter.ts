// The titles list's filters live in the URL (useListUrlState), so a filtered list can be shared;
// the API filters and pages (titles query). Here: URL strings → query variables, checked, so a
// hand-edited link asks for nothing the API would refuse.
import { SERVICE_FUNCTIONS, TITLE_STATUSES, isIsoDate, type ServiceFunction, type TitleStatus } from '@sme/domain';

export const TITLE_FILTERS = ['titleStatus', 'on', 'function', 'region', 'expiringYear', 'q'] as const;
export type TitleFilter = (typeof TITLE_FILTERS)[number];

export type TitleListVariables = {
  status: TitleStatus | null;
  on: string | null;
  function: ServiceFunction | null;
  region: string | null;
  name: string | null;
  expiringYear: number | null;
};

const oneOf = <T extends string>(values: readonly T[], value: string | undefined): T | null =>
  (values as readonly string[]).includes(value ?? '') ? (value as T) : null;

/** The query variables for the filters in the URL; a value that is not one the API knows is dropped. */
export function titleListVariables(filters: Partial<Record<TitleFilter, string>>): TitleListVariables {
  const year = Number(filters.expiringYear);
  return {
    status: oneOf(TITLE_STATUSES, filters.titleStatus),
    // the day only matters with a status; without one it would only split the cache
    on: filters.titleStatus && filters.on && isIsoDate(filters.on) ? filters.on : null,
    function: oneOf(SERVICE_FUNCTIONS, filters.function),
    region: filters.region?.trim() || null,
    name: filters.q?.trim() || null,
    expiringYear: Number.isInteger(year) && year >= 1990 && year <= 2200 ? year : null,
  };
}

/** The years offered by the expiry filter: titles last three years, so from six years back to three ahead. */
export function expiryYearOptions(today: string): number[] {
  const year = Number(today.slice(0, 4));
  return Array.from({ length: 10 }, (_, i) => year - 6 + i);
}
