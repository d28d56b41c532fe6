import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** pg_dump in custom format (-Fc): one consistent snapshot, taken while the app keeps writing. */
export async function backupPostgres(url: string, out: string): Promise<void> {
  await runTool('pg_dump', [
    '-Fc',
    '--no-owner',
    '--no-privileges',
    '--file',
    out,
    '--dbname',
    url,
  ]);
}

/** Whether the public schema of the database holds any table. */
export async function postgresHasTables(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'public'`,
    );
    return Number(result.rows[0]!.n) > 0;
  } finally {
    await client.end();
  }
}

/** pg_restore into an existing database; `clean` drops what is there first (--force). */
export async function restorePostgres(backup: string, url: string, clean: boolean): Promise<void> {
  await runTool('pg_restore', [
    '--no-owner',
    '--no-privileges',
    '--exit-on-error',
    '--single-transaction',
    ...(clean ? ['--clean', '--if-exists'] : []),
    '--dbname',
    url,
    backup,
  ]);
}

async function runTool(tool: string, args: string[]): Promise<void> {
  try {
    await run(tool, args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const failure = error as { code?: string; stderr?: string; message: string };
    if (failure.code === 'ENOENT') {
      throw new Error(
        `找不到 ${tool}：请安装 PostgreSQL 客户端（Debian：apt install postgresql-client）`,
        { cause: error },
      );
    }
    throw new Error(`${tool} 失败：${(failure.stderr ?? failure.message).trim()}`, {
      cause: error,
    });
  }
}
