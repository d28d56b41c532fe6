import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll } from 'vitest';
import { createApp } from '../../src/app.js';
import type { AppConfig, DatabaseConfig } from '../../src/config/app-config.js';
import { demoSecurityConfig } from '../../src/config/security-config.js';
import { SEEDS_DIR } from './seeds.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface HttpResult<T> {
  status: number;
  headers: Headers;
  body: T;
}

export interface RunningApp {
  app: NestFastifyApplication;
  config: AppConfig;
  baseUrl: string;
  /** GET over a real socket; parses JSON bodies. */
  get<T = unknown>(pathname: string): Promise<HttpResult<T>>;
  close(): Promise<void>;
}

function testConfig(database: DatabaseConfig, overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    database,
    port: 0,
    host: '127.0.0.1',
    seedsDir: SEEDS_DIR,
    // No web build unless a test brings one.
    webDistDir: path.join(os.tmpdir(), 'bizenv-no-web-build'),
    logLevel: 'error',
    // Demo accounts, so tests sign in as them (test/support/auth.ts).
    appMode: 'demo',
    // No demo history: tests start from the plans alone (test/seeding/demo-history.test.ts turns it on).
    demoHistory: false,
    session: { idleMinutes: 30, absoluteHours: 12, cookieSecure: false },
    // Uploaded files of this app only (removed by close()).
    dataDir: mkdtempSync(path.join(os.tmpdir(), 'bizenv-data-')),
    maxUploadMb: 20,
    // No timer: scheduler tests run the jobs themselves (SchedulerService.runAll).
    schedulerIntervalMinutes: 0,
    security: demoSecurityConfig(),
    ...overrides,
  };
}

/** Starts the real application (createApp, as main.ts does) on an ephemeral port. */
export async function startApp(
  database: DatabaseConfig,
  overrides: Partial<AppConfig> = {},
): Promise<RunningApp> {
  const config = testConfig(database, overrides);
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  const address = app.getHttpServer().address();
  if (address === null || typeof address === 'string') throw new Error('server has no TCP address');
  const baseUrl = `http://127.0.0.1:${address.port}`;
  return {
    app,
    config,
    baseUrl,
    async get(pathname) {
      const response = await fetch(baseUrl + pathname);
      const text = await response.text();
      const isJson = response.headers.get('content-type')?.includes('application/json');
      return {
        status: response.status,
        headers: response.headers,
        body: isJson ? JSON.parse(text) : text,
      };
    },
    async close() {
      await app.close();
      if (!overrides.dataDir) await rm(config.dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Starts the app on a fresh database before the file's tests and tears both down after,
 * even when a test failed. Read `context.api` inside tests.
 */
export function useRunningApp(overrides: Partial<AppConfig> = {}): { readonly api: RunningApp } {
  const context = {} as { api: RunningApp };
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    context.api = await startApp(database.config, overrides);
  });
  afterAll(async () => {
    await context.api?.close();
    await database?.drop();
  });
  return context;
}

/** Runs `work` and returns how many SQL statements the app sent to the database meanwhile. */
export async function countQueries(
  app: NestFastifyApplication,
  work: () => Promise<unknown>,
): Promise<number> {
  const dataSource = app.get(DataSource);
  const original = dataSource.logger;
  let count = 0;
  const counting = new Proxy(original, {
    get: (target, property) =>
      property === 'logQuery' ? () => void count++ : Reflect.get(target, property),
  });
  // The query runners report every statement to dataSource.logger.logQuery.
  Object.assign(dataSource, { logger: counting });
  try {
    await work();
  } finally {
    Object.assign(dataSource, { logger: original });
  }
  return count;
}
