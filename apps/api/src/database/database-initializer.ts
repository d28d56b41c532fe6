import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../config/app-config.js';
import { createDataSource } from './data-source.js';
import { findPragmaProblems, type SqlitePragmas } from './sqlite-pragmas.js';

/** The database is not fit to run on; the message says why, in one line. */
export class DatabaseSetupError extends Error {
  override readonly name = 'DatabaseSetupError';
}

/**
 * Connects, runs pending migrations and, on SQLite, checks the connection settings.
 * The settings are checked after the migrations because a migration may toggle foreign keys.
 */
export async function initializeDatabase(config: DatabaseConfig): Promise<DataSource> {
  const dataSource = createDataSource(config);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    if (config.kind === 'sqlite') await assertSqlitePragmas(dataSource);
    return dataSource;
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}

export async function readSqlitePragmas(dataSource: DataSource): Promise<SqlitePragmas> {
  const one = async <T>(pragma: string, column: string): Promise<T> => {
    const rows: Record<string, T>[] = await dataSource.query(`PRAGMA ${pragma}`);
    const value = rows[0]?.[column];
    if (value === undefined) throw new DatabaseSetupError(`无法读取 SQLite 设置 ${pragma}`);
    return value;
  };
  return {
    journal_mode: await one<string>('journal_mode', 'journal_mode'),
    foreign_keys: await one<number>('foreign_keys', 'foreign_keys'),
    synchronous: await one<number>('synchronous', 'synchronous'),
    busy_timeout: await one<number>('busy_timeout', 'timeout'),
  };
}

async function assertSqlitePragmas(dataSource: DataSource): Promise<void> {
  const problems = findPragmaProblems(await readSqlitePragmas(dataSource));
  if (problems.length > 0) {
    throw new DatabaseSetupError(`SQLite 连接设置不符合要求：${problems.join('；')}`);
  }
}
