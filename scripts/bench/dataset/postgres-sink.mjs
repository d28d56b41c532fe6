// Writes the dataset into a migrated PostgreSQL database with `pg`: one transaction, rows buffered
// per table as column arrays and inserted with INSERT … SELECT FROM unnest(…) (no COPY without
// pg-copy-streams), foreign-key triggers off for the load (session_replication_role = replica),
// secondary indexes dropped before and rebuilt after, sequences moved past the explicit ids.
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { DERIVED_SQL, DERIVED_TABLES } from './derived.mjs';

export async function openPostgresSink(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const writers = [];
  let droppedIndexes = [];

  const typesOf = async (table) => {
    const { rows } = await client.query(
      `SELECT column_name, udt_name FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name = $1`,
      [table],
    );
    return new Map(rows.map((row) => [row.column_name, row.udt_name]));
  };
  const tableTypes = new Map();

  return {
    async columns(table) {
      if (!tableTypes.has(table)) tableTypes.set(table, await typesOf(table));
      return [...tableTypes.get(table).keys()];
    },
    writer(table, columns) {
      const writer = postgresWriter(client, table, columns, () => tableTypes.get(table));
      writers.push(writer);
      return writer;
    },
    async flush() {
      for (const writer of writers) await writer.flush();
    },
    async rowCounts(tables) {
      const counts = {};
      for (const t of tables) {
        counts[t] = Number((await client.query(`SELECT COUNT(*) AS n FROM "${t}"`)).rows[0].n);
      }
      return counts;
    },
    async begin(tables) {
      for (const table of tables) tableTypes.set(table, await typesOf(table));
      await client.query('SET session_replication_role = replica');
      await client.query('BEGIN');
      // Indexes that back no constraint (the migrations' CREATE [UNIQUE] INDEX statements).
      const { rows } = await client.query(
        `SELECT i.relname AS name, pg_get_indexdef(i.oid) AS definition, t.relname AS "table"
         FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
         WHERE t.relname = ANY($1) AND t.relnamespace = current_schema()::regnamespace
           AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)`,
        [tables],
      );
      droppedIndexes = rows;
      for (const { name } of rows) await client.query(`DROP INDEX "${name}"`);
    },
    async commit() {
      for (const writer of writers) await writer.flush();
      const isDerived = (index) => DERIVED_TABLES.includes(index.table);
      const timed = async (statements) => {
        const started = performance.now();
        for (const sql of statements) await client.query(sql);
        return performance.now() - started;
      };
      let indexMs = await timed(
        droppedIndexes.filter((i) => !isDerived(i)).map((i) => i.definition),
      );
      const derivedMs = await timed(DERIVED_SQL);
      indexMs += await timed(droppedIndexes.filter(isDerived).map((i) => i.definition));
      for (const table of new Set(writers.map((w) => w.table))) {
        if (!tableTypes.get(table).has('id') || tableTypes.get(table).get('id') !== 'int4')
          continue;
        await client.query(
          `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), GREATEST(MAX(id), 1)) FROM "${table}"`,
        );
      }
      await client.query('COMMIT');
      await client.query('SET session_replication_role = DEFAULT');
      return { indexMs, derivedMs };
    },
    /** Statistics and visibility map, as autovacuum would leave them after a bulk load. */
    async analyze() {
      const started = performance.now();
      await client.query('VACUUM ANALYZE');
      return performance.now() - started;
    },
    async version() {
      return (await client.query('SHOW server_version')).rows[0].server_version;
    },
    close: () => client.end(),
  };
}

/** How many rows a flush sends at most (bounded memory per statement). */
const ROWS_PER_FLUSH = 20_000;

function postgresWriter(client, table, columns, types) {
  const arrays = columns.map(() => []);
  let sql = null;
  const writer = {
    table,
    count: 0,
    pending: 0,
    add(...values) {
      if (values.length !== columns.length) {
        throw new Error(`${table}: ${values.length} values for ${columns.length} columns`);
      }
      for (let i = 0; i < values.length; i++) arrays[i].push(values[i]);
      writer.count++;
      writer.pending++;
    },
    async flush() {
      if (writer.pending === 0) return;
      sql ??= insertSql(table, columns, types());
      for (let from = 0; from < writer.pending; from += ROWS_PER_FLUSH) {
        await client.query(
          sql,
          arrays.map((values) => values.slice(from, from + ROWS_PER_FLUSH)),
        );
      }
      for (const values of arrays) values.length = 0;
      writer.pending = 0;
    },
  };
  return writer;
}

function insertSql(table, columns, types) {
  const params = columns.map((column, i) => {
    const type = types.get(column);
    if (!type) throw new Error(`${table}.${column} does not exist in the schema`);
    return `$${i + 1}::${type}[]`;
  });
  const names = columns.map((c) => `"${c}"`).join(', ');
  return `INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${params.join(', ')})`;
}
