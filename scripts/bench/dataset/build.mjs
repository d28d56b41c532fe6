// Creates a bench database: the API's own migrations (from its build), then the dataset. Times
// the load (wall clock, and CPU time on SQLite, whose driver works on this thread), and the CPU
// cost of computing the rows in JavaScript alone (a dry run), so the insert time can be told
// apart from the generator's own work.
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { URL } from 'node:url';
import argon2 from 'argon2';
import { generate } from './generate.mjs';
import { BULK_TABLES } from './tables.mjs';
import { openPostgresSink } from './postgres-sink.mjs';
import { openSqliteSink } from './sqlite-sink.mjs';

export const BENCH_PASSWORD = 'Bench@2026-load';

const API_DIST = new URL('../../../apps/api/dist/', import.meta.url);

/** Runs the API's migrations on an empty database, as the API does at start-up. */
async function migrate(config) {
  const { initializeDatabase } = await import(
    new URL('database/database-initializer.js', API_DIST).href
  );
  const dataSource = await initializeDatabase(config);
  await dataSource.destroy();
}

/** The same hash parameters as apps/api/src/auth/password-hasher.ts. */
function hashPassword() {
  return argon2.hash(BENCH_PASSWORD, {
    type: argon2.argon2id,
    memoryCost: 19_456,
    timeCost: 2,
    parallelism: 1,
  });
}

/** A sink that only counts: what computing the rows costs without any database. */
function dryRunSink() {
  return {
    async columns() {
      return [];
    },
    writer() {
      return { add() {} };
    },
    async flush() {},
  };
}

/** Milliseconds of CPU time (user + system) this process spent since `since`. */
const cpuMsSince = (since) => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
};

async function timeGeneration(options) {
  const cpu = process.cpuUsage();
  await generate(dryRunSink(), options);
  return cpuMsSince(cpu);
}

export async function buildSqliteDataset(path, { scale, frame }) {
  await migrate({ kind: 'sqlite', path });
  const options = { scale, frame, passwordHash: await hashPassword() };
  const sink = openSqliteSink(path);
  const started = performance.now();
  const cpu = process.cpuUsage();
  sink.begin(BULK_TABLES);
  const result = await generate(sink, options);
  const { indexMs, derivedMs } = sink.commit();
  const totalMs = performance.now() - started;
  // better-sqlite3 works on this thread: CPU time is the load's own cost on a busy machine.
  const cpuMs = cpuMsSince(cpu);
  const rows = sink.rowCounts(BULK_TABLES);
  const sqliteVersion = sink.db.prepare('SELECT sqlite_version() AS v').get().v;
  sink.close();
  const generationMs = await timeGeneration(options);
  return { ...result, rows, totalMs, cpuMs, indexMs, derivedMs, generationMs, sqliteVersion };
}

export async function buildPostgresDataset(url, { scale, frame }) {
  await migrate({ kind: 'postgres', url });
  const options = { scale, frame, passwordHash: await hashPassword() };
  const sink = await openPostgresSink(url);
  const started = performance.now();
  await sink.begin(BULK_TABLES);
  const result = await generate(sink, options);
  const { indexMs, derivedMs } = await sink.commit();
  const totalMs = performance.now() - started;
  const rows = await sink.rowCounts(BULK_TABLES);
  const analyzeMs = await sink.analyze();
  const postgresVersion = await sink.version();
  await sink.close();
  return {
    ...result,
    rows,
    totalMs,
    indexMs,
    derivedMs,
    analyzeMs,
    generationMs: await timeGeneration(options),
    postgresVersion,
  };
}
