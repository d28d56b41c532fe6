import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { DatabaseConfig } from '../../src/config/app-config.js';

export type TestDatabaseKind = DatabaseConfig['kind'];

/** The database the suite runs on: TEST_DB=sqlite (default) or TEST_DB=postgres. */
export const TEST_DB: TestDatabaseKind = parseKind(process.env.TEST_DB);

/** Server where each test file creates (and drops) its own PostgreSQL database. */
export const TEST_POSTGRES_URL =
  process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

/** Prefix of every database this run creates, so the global teardown can find leftovers. */
export function testDatabasePrefix(runId: string): string {
  return `bizenv_test_${runId}_`;
}

export interface TestDatabase {
  config: DatabaseConfig;
  /** Deletes the database; safe to call twice. */
  drop(): Promise<void>;
}

/** A fresh, empty database: a temporary SQLite file, or a new PostgreSQL database. */
export async function createTestDatabase(kind: TestDatabaseKind = TEST_DB): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'bizenv-test-'));
    return {
      config: { kind: 'sqlite', path: path.join(dir, 'bizenv.sqlite') },
      drop: () => rm(dir, { recursive: true, force: true }),
    };
  }
  const name = `${testDatabasePrefix(inject('testRunId'))}${randomBytes(4).toString('hex')}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    config: { kind: 'postgres', url: url.toString() },
    // FORCE: a test that failed half-way may have left a connection open.
    drop: async () => {
      await withAdminClient((client) =>
        client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      );
    },
  };
}

export async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function parseKind(value: string | undefined): TestDatabaseKind {
  if (value === undefined || value === '' || value === 'sqlite') return 'sqlite';
  if (value === 'postgres') return 'postgres';
  throw new Error(`TEST_DB must be "sqlite" or "postgres", not "${value}"`);
}

declare module 'vitest' {
  export interface ProvidedContext {
    testRunId: string;
  }
}
