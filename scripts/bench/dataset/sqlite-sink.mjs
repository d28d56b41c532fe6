// Writes the dataset into a migrated SQLite file with better-sqlite3: one transaction, prepared
// multi-row INSERTs, the secondary indexes of the loaded tables dropped before and rebuilt after
// (building an index once from sorted keys beats updating it row by row).
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { DERIVED_SQL, DERIVED_TABLES } from './derived.mjs';

const ROWS_PER_STATEMENT = 50;

export function openSqliteSink(path) {
  const db = new Database(path);
  // Bulk-load settings for this connection only; WAL is restored before the API opens the file.
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('foreign_keys = OFF');
  db.pragma('cache_size = -400000');
  db.pragma('temp_store = MEMORY');
  // CREATE INDEX may sort with helper threads.
  db.pragma('threads = 2');
  const writers = [];
  let droppedIndexes = [];

  const sink = {
    db,
    async columns(table) {
      return db.pragma(`table_info("${table}")`).map((column) => column.name);
    },
    writer(table, columns) {
      const writer = sqliteWriter(db, table, columns);
      writers.push(writer);
      return writer;
    },
    /** Rows are written as they come; nothing waits for a flush. */
    async flush() {},
    rowCounts(tables) {
      const count = (t) => db.prepare(`SELECT COUNT(*) AS n FROM "${t}"`).get().n;
      return Object.fromEntries(tables.map((t) => [t, count(t)]));
    },
    /** Starts the transaction and drops the secondary indexes of `tables`. */
    begin(tables) {
      db.exec('BEGIN');
      const names = tables.map((t) => `'${t}'`).join(', ');
      droppedIndexes = db
        .prepare(
          `SELECT name, sql, tbl_name AS "table" FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${names})`,
        )
        .all();
      for (const { name } of droppedIndexes) db.exec(`DROP INDEX "${name}"`);
    },
    /**
     * Writes what is buffered, rebuilds the indexes, derives the review events and actuals, and
     * commits; returns how long the index rebuilds and the derived inserts took.
     */
    commit() {
      for (const writer of writers) writer.end();
      const isDerived = (index) => DERIVED_TABLES.includes(index.table);
      const timed = (work) => {
        const started = performance.now();
        work();
        return performance.now() - started;
      };
      let indexMs = timed(() => {
        for (const index of droppedIndexes.filter((i) => !isDerived(i))) db.exec(index.sql);
      });
      const derivedMs = timed(() => DERIVED_SQL.forEach((sql) => db.exec(sql)));
      indexMs += timed(() => {
        for (const index of droppedIndexes.filter(isDerived)) db.exec(index.sql);
      });
      db.exec('COMMIT');
      return { indexMs, derivedMs };
    },
    /** Back to the settings the API requires (WAL is a property of the file), then closes. */
    close() {
      db.pragma('journal_mode = WAL');
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
  return sink;
}

function sqliteWriter(db, table, columns) {
  const types = new Map(db.pragma(`table_info("${table}")`).map((c) => [c.name, c.type]));
  for (const column of columns) {
    if (!types.has(column)) throw new Error(`${table}.${column} does not exist in the schema`);
  }
  const datetimeIndexes = columns.flatMap((c, i) => (types.get(c) === 'datetime' ? [i] : []));
  const width = columns.length;
  const statementFor = (rows) =>
    db.prepare(
      `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${Array(rows)
        .fill(`(${Array(width).fill('?').join(', ')})`)
        .join(', ')}`,
    );
  const full = statementFor(ROWS_PER_STATEMENT);
  const buffer = [];
  const writer = {
    table,
    count: 0,
    add(...values) {
      if (values.length !== width) {
        throw new Error(`${table}: ${values.length} values for ${width} columns`);
      }
      for (const i of datetimeIndexes) {
        // ISO instant → SQLite's datetime('now') form, "YYYY-MM-DD HH:MM:SS" in UTC.
        if (values[i] !== null) values[i] = `${values[i].slice(0, 10)} ${values[i].slice(11, 19)}`;
      }
      for (const value of values) buffer.push(typeof value === 'boolean' ? Number(value) : value);
      writer.count++;
      if (buffer.length === width * ROWS_PER_STATEMENT) {
        full.run(buffer);
        buffer.length = 0;
      }
    },
    end() {
      if (buffer.length > 0) statementFor(buffer.length / width).run(buffer);
      buffer.length = 0;
    },
  };
  return writer;
}
