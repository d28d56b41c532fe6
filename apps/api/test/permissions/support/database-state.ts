import { createHash } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';

/** Raw SQL through the app's own DataSource; `?` placeholders work on both databases. */
export async function sql<T = Record<string, unknown>>(
  app: NestFastifyApplication,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const dataSource = app.get(DataSource);
  let n = 0;
  const query =
    dataSource.options.type === 'postgres' ? text.replace(/\?/g, () => `$${++n}`) : text;
  return dataSource.query(query, params);
}

/** Row count and content checksum of one table. */
export interface TableState {
  rows: number;
  checksum: string;
}

/** Every table of the database (read from the catalog, so a new table is never missed). */
export type DatabaseState = Map<string, TableState>;

async function tableNames(app: NestFastifyApplication): Promise<string[]> {
  const postgres = app.get(DataSource).options.type === 'postgres';
  const rows = await sql<{ name: string }>(
    app,
    postgres
      ? 'SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()'
      : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
  );
  return rows.map((row) => row.name).sort();
}

/** A value in a form that is equal for equal column contents on both drivers. */
function canonical(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return value.toString('hex');
  return value;
}

/**
 * Row count and a SHA-256 over every row of every table, independent of row order. Taken before
 * and after refused requests: any difference is a write that should not have happened.
 */
export async function databaseState(app: NestFastifyApplication): Promise<DatabaseState> {
  const state: DatabaseState = new Map();
  for (const table of await tableNames(app)) {
    const rows = await sql<Record<string, unknown>>(app, `SELECT * FROM "${table}"`);
    const lines = rows
      .map((row) =>
        JSON.stringify(
          Object.keys(row)
            .sort()
            .map((column) => [column, canonical(row[column])]),
        ),
      )
      .sort();
    const hash = createHash('sha256');
    for (const line of lines) hash.update(line).update('\n');
    state.set(table, { rows: rows.length, checksum: hash.digest('hex') });
  }
  return state;
}

/** The tables that differ, as "table: rows a → b" (content-only changes say "content changed"). */
export function changedTables(before: DatabaseState, after: DatabaseState): string[] {
  const names = [...new Set([...before.keys(), ...after.keys()])].sort();
  return names.flatMap((name) => {
    const a = before.get(name);
    const b = after.get(name);
    if (a?.checksum === b?.checksum) return [];
    return a?.rows === b?.rows
      ? [`${name}: content changed`]
      : [`${name}: rows ${a?.rows ?? 'none'} → ${b?.rows ?? 'none'}`];
  });
}
