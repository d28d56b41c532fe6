/** Query-string and path values of the reporting routes, converted before validation. */

/** Decimal digits become a number; anything else stays as it is, so @IsInt refuses it as 400. */
export function toInteger(value: unknown): unknown {
  return typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : value;
}

/** "YYYY-MM" with a real month. */
export const PERIOD_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
export const PERIOD_MESSAGE = '报告期须为 YYYY-MM 格式的月份，例如 2025-07';
