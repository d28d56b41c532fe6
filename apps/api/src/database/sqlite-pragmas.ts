import type BetterSqlite3 from 'better-sqlite3';

/** SQLite waits this long for a lock held by another connection before failing with SQLITE_BUSY. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/**
 * The settings every SQLite connection must run with.
 * - WAL: readers do not block the writer, and a crash cannot corrupt the file.
 * - foreign_keys: SQLite ignores FOREIGN KEY clauses unless asked, per connection.
 * - synchronous=FULL rather than NORMAL: in WAL mode NORMAL may lose the last commits on
 *   power loss (never corrupts). We write little (plans, monthly reports) and a lost
 *   report or status change would be a real loss, so the fsync per commit is worth it.
 */
const EXPECTED = {
  journal_mode: 'wal',
  foreign_keys: 1,
  synchronous: 2, // FULL
} as const;

/** Applied by the driver when it opens the connection (TypeORM's `prepareDatabase`). */
export function applySqlitePragmas(db: BetterSqlite3.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  db.pragma('foreign_keys = ON');
}

export interface SqlitePragmas {
  journal_mode: string;
  foreign_keys: number;
  synchronous: number;
  busy_timeout: number;
}

/** Returns the problems with the connection's settings, empty when all is as required. */
export function findPragmaProblems(actual: SqlitePragmas): string[] {
  const problems: string[] = [];
  if (actual.journal_mode.toLowerCase() !== EXPECTED.journal_mode) {
    problems.push(`journal_mode=${actual.journal_mode}（应为 WAL）`);
  }
  if (actual.foreign_keys !== EXPECTED.foreign_keys) {
    problems.push(`foreign_keys=${actual.foreign_keys}（应为 ON）`);
  }
  if (actual.synchronous !== EXPECTED.synchronous) {
    problems.push(`synchronous=${actual.synchronous}（应为 FULL）`);
  }
  if (actual.busy_timeout < SQLITE_BUSY_TIMEOUT_MS) {
    problems.push(`busy_timeout=${actual.busy_timeout}（应不少于 ${SQLITE_BUSY_TIMEOUT_MS} 毫秒）`);
  }
  return problems;
}
