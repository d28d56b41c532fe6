import type { EntityManager } from '../../database/entity-manager.js';

/** SQLite rows per statement: at most 20 columns × 1,000 rows, under its bound-parameter limit. */
const SQLITE_ROWS_PER_STATEMENT = 1000;
/** PostgreSQL rows per statement: one array parameter per column, whatever the row count. */
const POSTGRES_ROWS_PER_STATEMENT = 20_000;

export type SqlValue = string | number | boolean | null | Date;

/**
 * Inserts inside the caller's transaction, then returns the new ids in insertion order (ids
 * above the table's largest before the insert: during start-up nobody else writes these tables).
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

/**
 * Inserts without reading ids back. SQLite: multi-row VALUES. PostgreSQL: one array per column
 * through unnest — binding tens of thousands of scalar parameters was several times slower.
 */
export async function bulkInsertOnly(
  manager: EntityManager,
  table: string,
  columns: readonly string[],
  rows: readonly SqlValue[][],
): Promise<void> {
  if (rows.length === 0) return;
  const postgres = manager.connection.driver.options.type === 'postgres';
  const names = columns.map((column) => `"${column}"`).join(', ');
  if (postgres) {
    const types = await columnTypes(manager, table);
    const arrays = columns.map(
      (column) => `$${columns.indexOf(column) + 1}::${types.get(column)}[]`,
    );
    for (let offset = 0; offset < rows.length; offset += POSTGRES_ROWS_PER_STATEMENT) {
      const chunk = rows.slice(offset, offset + POSTGRES_ROWS_PER_STATEMENT);
      const parameters = columns.map((_, index) => chunk.map((row) => toDriver(row[index]!, true)));
      await manager.query(
        `INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${arrays.join(', ')})`,
        parameters,
      );
    }
    return;
  }
  for (let offset = 0; offset < rows.length; offset += SQLITE_ROWS_PER_STATEMENT) {
    const chunk = rows.slice(offset, offset + SQLITE_ROWS_PER_STATEMENT);
    const parameters = chunk.flatMap((row) => row.map((value) => toDriver(value, false)));
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    await manager.query(
      `INSERT INTO "${table}" (${names}) VALUES ${chunk.map(() => tuple).join(', ')}`,
      parameters,
    );
  }
}

/** PostgreSQL's type of each column of `table` (int4, varchar, timestamptz, …) for the casts. */
async function columnTypes(manager: EntityManager, table: string): Promise<Map<string, string>> {
  const rows = (await manager.query(
    `SELECT "column_name", "udt_name" FROM information_schema.columns
     WHERE "table_schema" = current_schema() AND "table_name" = $1`,
    [table],
  )) as { column_name: string; udt_name: string }[];
  return new Map(rows.map((row) => [row.column_name, row.udt_name]));
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
