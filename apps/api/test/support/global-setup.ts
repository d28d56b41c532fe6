import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { TEST_DB, testDatabasePrefix, withAdminClient } from './test-database.js';

/**
 * Gives the run an id for naming its PostgreSQL databases, and drops any this run left
 * behind (a crashed worker skips its own afterAll) once every file has finished.
 */
export default function setup(project: TestProject): () => Promise<void> {
  const runId = randomBytes(4).toString('hex');
  project.provide('testRunId', runId);
  return async () => {
    if (TEST_DB !== 'postgres') return;
    await withAdminClient(async (client) => {
      const { rows } = await client.query<{ datname: string }>(
        'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
        [testDatabasePrefix(runId)],
      );
      for (const { datname } of rows)
        await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    });
  };
}
