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

const INSTANT = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A UTC instant as Beijing time, "2026-05-03 14:05" (China has one time zone and no DST). */
export function formatInstant(instant: string | null | undefined): string {
  if (!instant) return '—';
  const time = Date.parse(instant);
  if (Number.isNaN(time)) return instant;
  const parts = Object.fromEntries(INSTANT.formatToParts(time).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}
