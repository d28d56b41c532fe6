/**
 * A query-string flag: "true" / "false" become booleans; anything else is kept as it is, so
 * @IsBoolean rejects it as 400 instead of it silently counting as false.
 */
export function toBoolean(value: unknown): unknown {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return value;
}
