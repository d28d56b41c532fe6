import type { EntityManager } from '../../database/entity-manager.js';

/** Rows per statement: at most 20 columns × 1,000 rows, under both drivers' bound-parameter limits. */
const ROWS_PER_STATEMENT = 1000;

export type SqlValue = string | number | boolean | null | Date;

/**
 * Multi-row INSERTs inside the caller's transaction, then the new ids in insertion order (ids
 * above the table's largest before the insert: the demo history writes into a table nobody
 * else writes to during start-up).
 */
export async function bulkInsert(
  manager: EntityManager,
  table: string,
  columns: readonly string[],
  rows: readonly SqlValue[][],
): Promise<number[]> {
  const [{ max }] = (await manager.query(
    `SELECT COALESCE(MAX("id"), 0) AS "max" FROM "${table}"`,
  )) as [{ max: number | string }];
  await bulkInsertOnly(manager, table, columns, rows);
  const inserted = (await manager.query(
    `SELECT "id" FROM "${table}" WHERE "id" > ${Number(max)} ORDER BY "id"`,
  )) as { id: number | string }[];
  return inserted.map((row) => Number(row.id));
}

/** Inserts without reading ids back (tables keyed by their columns, or not needed). */
export async function bulkInsertOnly(
  manager: EntityManager,
  table: string,
  columns: readonly string[],
  rows: readonly SqlValue[][],
): Promise<void> {
  const postgres = manager.connection.driver.options.type === 'postgres';
  for (let offset = 0; offset < rows.length; offset += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(offset, offset + ROWS_PER_STATEMENT);
    const parameters: unknown[] = [];
    const tuples = chunk.map((row) => {
      const marks = row.map((value) => {
        parameters.push(toDriver(value, postgres));
        return postgres ? `$${parameters.length}` : '?';
      });
      return `(${marks.join(', ')})`;
    });
    const names = columns.map((column) => `"${column}"`).join(', ');
    await manager.query(
      `INSERT INTO "${table}" (${names}) VALUES ${tuples.join(', ')}`,
      parameters,
    );
  }
}

/** Instants go in as ISO-8601 UTC text, as instant columns hold them; booleans as SQLite 0/1. */
function toDriver(value: SqlValue, postgres: boolean): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean' && !postgres) return value ? 1 : 0;
  return value;
}

/** A created_at/updated_at column value as TypeORM writes it on each database. */
export function timestampColumn(instant: Date, postgres: boolean): string {
  const iso = instant.toISOString();
  return postgres ? iso : iso.replace('T', ' ').replace('Z', '');
}
