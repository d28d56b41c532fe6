/** Formatting of calendar dates ("YYYY-MM-DD", never instants) the way Chinese documents print them. */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/** "2021-07-16" → "2021年7月16日"; anything else is returned unchanged. */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '—';
  const match = DATE.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  return `${year}年${Number(month)}月${Number(day)}日`;
}

/** "2021-06" → "2021年6月". */
export function formatMonth(month: string): string {
  const match = MONTH.exec(month);
  if (!match) return month;
  return `${match[1]}年${Number(match[2])}月`;
}

/** A date range "2021-07-01 … 2021-09-30" → "2021年7月1日—2021年9月30日". */
export function formatDateRange(start: string, end: string): string {
  return `${formatDate(start)}—${formatDate(end)}`;
}

/** The title of the browser tab. */
export function pageTitle(...parts: (string | null | undefined)[]): string {
  return [...parts.filter(Boolean), '营商环境改革督办系统'].join(' - ');
}
