import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { DatabaseConfig } from '../../src/config/app-config.js';

/** sha256 of each table's rows (sorted, so physical order does not matter), by table name. */
export async function tableChecksums(
  database: DatabaseConfig,
  where: Record<string, string> = {},
): Promise<Record<string, string>> {
  const tables = await query(
    database,
    database.kind === 'sqlite'
      ? `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`
      : `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
  );
  const sums: Record<string, string> = {};
  for (const { name } of tables as { name: string }[]) {
    const condition = where[name] ? ` WHERE ${where[name]}` : '';
    const rows = await query(database, `SELECT * FROM "${name}"${condition}`);
    const lines = rows.map((row) =>
      JSON.stringify(row, (_, value: unknown) =>
        value instanceof Date ? value.toISOString() : value,
      ),
    );
    sums[name] = createHash('sha256').update(lines.sort().join('\n')).digest('hex');
  }
  return sums;
}

export async function query(
  database: DatabaseConfig,
  sql: string,
): Promise<Record<string, unknown>[]> {
  if (database.kind === 'sqlite') {
    const db = new Database(database.path, { readonly: true, fileMustExist: true });
    try {
      return db.prepare(sql).all() as Record<string, unknown>[];
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}
