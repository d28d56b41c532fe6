import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataSource } from '../src/database/data-source.js';
import { initializeDatabase, readSqlitePragmas } from '../src/database/database-initializer.js';
import { MIGRATIONS } from '../src/database/migrations.js';
import { findPragmaProblems } from '../src/database/sqlite-pragmas.js';
import { TransactionRunner } from '../src/database/transaction-runner.js';
import { JurisdictionEntity } from '../src/jurisdictions/jurisdiction.entity.js';
import { type RunningApp, startApp } from './support/test-app.js';
import {
  createTestDatabase,
  TEST_DB,
  type TestDatabase,
  type TestDatabaseKind,
} from './support/test-database.js';

describe(`migrations on ${TEST_DB}`, () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource(database.config);
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('create exactly the schema the entities describe', async () => {
    const ran = await dataSource.runMigrations();

    expect(ran.map((migration) => migration.name)).toEqual(
      MIGRATIONS.map((migration) => migration.name),
    );
    // What TypeORM would still change to match the entities: nothing.
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('can be reverted and re-applied', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration();
    const afterDown = await dataSource.driver.createSchemaBuilder().log();
    expect(afterDown.upQueries.length).toBeGreaterThan(0);

    await dataSource.runMigrations();
    expect((await dataSource.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
  });
});

describe('SQLite connection settings', () => {
  let database: TestDatabase;
  let api: RunningApp;
  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    api = await startApp(database.config);
  });
  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  it('runs with WAL, foreign keys, a busy timeout and full sync', async () => {
    const pragmas = await readSqlitePragmas(api.app.get(DataSource));

    expect(pragmas).toEqual({
      journal_mode: 'wal',
      foreign_keys: 1,
      synchronous: 2,
      busy_timeout: 5000,
    });
    expect(findPragmaProblems(pragmas)).toEqual([]);
  });

  it('enforces foreign keys', async () => {
    const insertOrphan = api.app
      .get(DataSource)
      .query(
        `INSERT INTO "department" ("jurisdiction_code", "name", "kind") VALUES ('999999', '孤儿部门', 'other')`,
      );

    await expect(insertOrphan).rejects.toThrow(/FOREIGN KEY/);
  });

  it('the start-up check names each wrong setting', () => {
    const problems = findPragmaProblems({
      journal_mode: 'delete',
      foreign_keys: 0,
      synchronous: 1,
      busy_timeout: 0,
    });

    expect(problems).toHaveLength(4);
    expect(problems.join()).toMatch(
      /journal_mode=delete.*foreign_keys=0.*synchronous=1.*busy_timeout=0/,
    );
  });
});

const TRANSACTION_DATABASES = [...new Set<TestDatabaseKind>(['sqlite', TEST_DB])];

describe.each(TRANSACTION_DATABASES)('concurrent transactions on %s', (kind) => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let runner: TransactionRunner;
  beforeAll(async () => {
    database = await createTestDatabase(kind);
    dataSource = await initializeDatabase(database.config);
    runner = new TransactionRunner(dataSource);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const pause = () => new Promise((resolve) => setTimeout(resolve, 20));
  const insertJurisdiction = (manager: import('typeorm').EntityManager, code: string) =>
    manager.insert(JurisdictionEntity, {
      code,
      name: `测试${code}`,
      level: 'county',
      parentCode: null,
    });

  it('do not interleave: one rolling back does not undo the other', async () => {
    const events: string[] = [];
    const failing = runner.run(async (manager) => {
      events.push('A begins');
      await insertJurisdiction(manager, '990001');
      await pause();
      events.push('A fails');
      throw new Error('A rolls back');
    });
    const succeeding = runner.run(async (manager) => {
      events.push('B begins');
      await insertJurisdiction(manager, '990002');
      await pause();
      events.push('B commits');
    });

    await expect(failing).rejects.toThrow('A rolls back');
    await succeeding;

    const codes = (await dataSource.getRepository(JurisdictionEntity).find()).map((j) => j.code);
    expect(codes).toContain('990002');
    expect(codes).not.toContain('990001');
    if (kind === 'sqlite') expect(events).toEqual(['A begins', 'A fails', 'B begins', 'B commits']);
  });

  it('refuses a nested run, which would wait for itself', async () => {
    await expect(runner.run(() => runner.run(async () => undefined))).rejects.toThrow(
      /inside a transaction/,
    );
  });
});
