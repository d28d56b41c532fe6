import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { applySqlitePragmas } from '../sqlite-pragmas.js';

const require = createRequire(import.meta.url);

/** PRAGMA integrity_check and foreign_key_check of a database file; empty when all is well. */
export function checkSqliteFile(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: false }) as {
      integrity_check: string;
    }[];
    const problems = integrity
      .map((row) => row.integrity_check)
      .filter((message) => message !== 'ok');
    const foreignKeys = db.pragma('foreign_key_check') as { table: string; rowid: number }[];
    for (const row of foreignKeys) {
      problems.push(`foreign key broken: ${row.table} rowid ${row.rowid}`);
    }
    return problems;
  } finally {
    db.close();
  }
}

/**
 * Online backup with `VACUUM INTO`: one read transaction, so in WAL mode it copies a consistent
 * snapshot while writers carry on (the backup API would restart on every write from another
 * connection and might never finish under load). Never copy the live file: the WAL holds the
 * latest commits. It runs in a worker thread, so a caller's event loop (the app's, in the
 * drill test) keeps serving and writing meanwhile.
 */
export async function backupSqlite(source: string, out: string): Promise<void> {
  const worker = new Worker(VACUUM_INTO_WORKER, {
    eval: true,
    workerData: { driver: require.resolve('better-sqlite3'), source, out },
  });
  await new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`backup worker exited with ${code}`)),
    );
  });
}

const VACUUM_INTO_WORKER = `
const { workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.source, { fileMustExist: true });
try {
  db.pragma('busy_timeout = 5000');
  db.prepare('VACUUM INTO ?').run(workerData.out);
} finally {
  db.close();
}
`;

/** Whether a database file holds any table (a restore target must not, unless forced). */
export function sqliteHasTables(file: string): boolean {
  if (!existsSync(file)) return false;
  const db = new Database(file, { readonly: true });
  try {
    const row = db
      .prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'`)
      .get() as {
      n: number;
    };
    return row.n > 0;
  } finally {
    db.close();
  }
}

/** Replaces `target` by the backup, through the backup API again, and leaves it in WAL mode. */
export async function restoreSqlite(backup: string, target: string): Promise<void> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  const db = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    await db.backup(target);
  } finally {
    db.close();
  }
  const restored = new Database(target);
  try {
    applySqlitePragmas(restored);
  } finally {
    restored.close();
  }
}
