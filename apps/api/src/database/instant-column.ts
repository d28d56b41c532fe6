import type { ValueTransformer } from 'typeorm';

/**
 * Instants the application decides itself (session expiry, lockouts: from the Clock, so tests can
 * move time) are stored as fixed-width ISO-8601 UTC text ("2026-03-01T08:00:00.000Z"). The same
 * column type exists on SQLite and PostgreSQL, carries no session time zone, and compares and
 * sorts correctly as text. Compare with `toInstantText(date)` in queries.
 */
export const INSTANT_COLUMN = { type: 'varchar', length: 24 } as const;

export const toInstantText = (date: Date): string => date.toISOString();

export const instantTransformer: ValueTransformer = {
  to: (value: Date | null | undefined) => (value == null ? value : toInstantText(value)),
  from: (value: string | null) => (value === null ? null : new Date(value)),
};
