import { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../config/app-config.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations.js';
import { applySqlitePragmas, SQLITE_BUSY_TIMEOUT_MS } from './sqlite-pragmas.js';

/** Name of the table in which TypeORM records the migrations it has run. */
const MIGRATIONS_TABLE = 'migrations';

/**
 * The one place that turns the database configuration into a TypeORM DataSource, for the app,
 * the tests and the TypeORM CLI (through cli-data-source.ts). It does not connect.
 */
export function createDataSource(config: DatabaseConfig): DataSource {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: MIGRATIONS_TABLE,
    // Schema changes go through reviewed migrations only: synchronize can drop columns.
    synchronize: false,
    migrationsRun: false,
    // Failed queries surface as exceptions, which the API's error filter logs once.
    logging: false,
  } as const;

  if (config.kind === 'sqlite') {
    return new DataSource({
      type: 'better-sqlite3',
      database: config.path,
      timeout: SQLITE_BUSY_TIMEOUT_MS,
      prepareDatabase: applySqlitePragmas,
      ...common,
    });
  }

  const dataSource = new DataSource({ type: 'postgres', url: config.url, ...common });
  // created_at / updated_at are instants. TypeORM maps them to "timestamp" (without time zone)
  // on PostgreSQL, which stores the session's wall-clock time; timestamptz stores the instant.
  // The entities cannot name the type themselves: SQLite has no timestamptz.
  dataSource.driver.mappedDataTypes.createDate = 'timestamptz';
  dataSource.driver.mappedDataTypes.updateDate = 'timestamptz';
  return dataSource;
}

export function databaseKind(dataSource: DataSource): DatabaseConfig['kind'] {
  return dataSource.options.type === 'postgres' ? 'postgres' : 'sqlite';
}
