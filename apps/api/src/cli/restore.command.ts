import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load-config.js';
import { postgresHasTables, restorePostgres } from '../database/backup/postgres-backup.js';
import {
  checkSqliteFile,
  restoreSqlite,
  sqliteHasTables,
} from '../database/backup/sqlite-backup.js';

export const RESTORE_USAGE = `用法：npm run restore -w apps/api -- --from <备份文件> [--force]
把备份恢复到 DATABASE_URL 指定的新数据库（应用须先停止）。目标库已有数据时拒绝，除非加 --force（覆盖）。`;

type Environment = Readonly<Record<string, string | undefined>>;

/** `npm run restore`: brings a backup up on a fresh (or, with --force, overwritten) database. */
export async function runRestore(args: string[], env: Environment): Promise<string> {
  const { from, force } = parseRestoreArgs(args);
  if (!existsSync(from)) throw new Error(`找不到备份文件：${from}`);
  const { database } = loadConfig(env);
  if (database.kind === 'sqlite') {
    const damaged = checkSqliteFile(from);
    if (damaged.length > 0) throw new Error(`备份文件已损坏：${damaged.join('；')}`);
    if (!force && sqliteHasTables(database.path)) throw notEmpty();
    await restoreSqlite(from, database.path);
    const problems = checkSqliteFile(database.path);
    if (problems.length > 0) throw new Error(`恢复后的数据库校验失败：${problems.join('；')}`);
  } else {
    if (!force && (await postgresHasTables(database.url))) throw notEmpty();
    await restorePostgres(from, database.url, force);
  }
  return `已从 ${from} 恢复；启动应用前可运行 npm run audit:verify -w apps/api 校验审计链`;
}

function notEmpty(): Error {
  return new Error('目标数据库不是空的：为防止误覆盖已拒绝；确认要覆盖请加 --force');
}

function parseRestoreArgs(args: string[]): { from: string; force: boolean } {
  try {
    const { values } = parseArgs({
      args,
      options: { from: { type: 'string' }, force: { type: 'boolean' } },
      strict: true,
    });
    if (values.from) return { from: path.resolve(values.from), force: values.force === true };
  } catch {
    // Falls through to the usage.
  }
  throw new Error(RESTORE_USAGE);
}
