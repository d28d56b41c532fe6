// The raw floor's database access: the drivers alone (better-sqlite3, pg), no TypeORM, no Nest.
// Statements come as { sql, params } with TypeORM-style named parameters (`:name`, and
// `:...name` for a list), which are expanded here into the driver's positional placeholders.
import Database from 'better-sqlite3';
import pg from 'pg';

/** `:name` / `:...name` → positional placeholders (`?` or `$n`) with their values in order. */
export function expand(statement, placeholder) {
  const values = [];
  const sql = statement.sql.replace(/(?<!:):(\.\.\.)?([A-Za-z_]\w*)/g, (_, spread, name) => {
    if (!(name in statement.params)) throw new Error(`No value for :${name} in ${statement.sql}`);
    const value = statement.params[name];
    if (spread) {
      if (!Array.isArray(value) || value.length === 0) throw new Error(`:...${name} needs a list`);
      return value.map((item) => placeholder(values.push(item))).join(', ');
    }
    return placeholder(values.push(value));
  });
  return { sql, values };
}

/** Runs groups of statements: groups one after the other (SQLite runs everything in turn). */
export function sqliteRunner(path) {
  const db = new Database(path, { readonly: true });
  db.pragma('busy_timeout = 5000');
  const prepared = new Map();
  const run = (statement) => {
    const { sql, values } = expand(statement, () => '?');
    let cached = prepared.get(sql);
    if (!cached) prepared.set(sql, (cached = db.prepare(sql)));
    return cached.all(values);
  };
  return {
    async run(groups) {
      const results = [];
      for (const group of groups) for (const statement of group) results.push(run(statement));
      return results;
    },
    one: async (statement) => run(statement),
    close: async () => db.close(),
  };
}

/**
 * Runs groups of statements on a pool of 10 connections (the size of TypeORM's default pool):
 * the statements of a group concurrently, as the API's Promise.all does.
 */
export function postgresRunner(url) {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const run = async (statement) => {
    const { sql, values } = expand(statement, (n) => `$${n}`);
    return (await pool.query(sql, values)).rows;
  };
  return {
    async run(groups) {
      const results = [];
      for (const group of groups) results.push(...(await Promise.all(group.map(run))));
      return results;
    },
    one: run,
    close: () => pool.end(),
  };
}
