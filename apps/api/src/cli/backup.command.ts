import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load-config.js';
import { backupPostgres } from '../database/backup/postgres-backup.js';
import { backupSqlite, checkSqliteFile } from '../database/backup/sqlite-backup.js';

export const BACKUP_USAGE = `用法：npm run backup -w apps/api -- --out <备份文件>
在线备份 DATABASE_URL 指定的数据库（应用可照常运行和写入）：SQLite 使用在线备份接口，PostgreSQL 使用 pg_dump -Fc。`;

type Environment = Readonly<Record<string, string | undefined>>;

/** `npm run backup`: writes a consistent backup to --out (never over an existing file). */
export async function runBackup(args: string[], env: Environment): Promise<string> {
  const out = parseOut(args);
  if (existsSync(out)) throw new Error(`备份文件已存在：${out}（请换一个文件名）`);
  const { database } = loadConfig(env);
  if (database.kind === 'sqlite') {
    await backupSqlite(database.path, out);
    const problems = checkSqliteFile(out);
    if (problems.length > 0) throw new Error(`备份文件校验失败：${problems.join('；')}`);
  } else {
    await backupPostgres(database.url, out);
  }
  return `已备份到 ${out}`;
}

function parseOut(args: string[]): string {
  try {
    const { values } = parseArgs({ args, options: { out: { type: 'string' } }, strict: true });
    if (values.out) return path.resolve(values.out);
  } catch {
    // Falls through to the usage.
  }
  throw new Error(BACKUP_USAGE);
}
