import { isValidDate, isValidPeriod } from '@bizenv/shared';

/** `?asOf=` of a dashboard URL: a day "YYYY-MM-DD" or a month "YYYY-MM"; null (today) otherwise. */
export function parseAsOfParam(value: string | null | undefined): string | null {
  if (!value) return null;
  return isValidDate(value) || isValidPeriod(value) ? value : null;
}

/** Whether the page shows a whole month (the picker then offers months). */
export function isMonthAsOf(asOf: string | null): boolean {
  return asOf !== null && isValidPeriod(asOf);
}

/** A link to another dashboard at the same moment: "/j/610329/dashboard?asOf=2026-05". */
export function dashboardPath(code: string, asOf: string | null): string {
  return asOf ? `/j/${code}/dashboard?asOf=${asOf}` : `/j/${code}/dashboard`;
}

export function rollupPath(code: string, asOf: string | null): string {
  return asOf ? `/j/${code}/rollup?asOf=${asOf}` : `/j/${code}/rollup`;
}

export function cockpitPath(code: string): string {
  return `/cockpit/${code}`;
}
