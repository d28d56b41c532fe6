import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp, useRunningApp } from './support/test-app.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

const INDEX_HTML = '<!doctype html><title>营商环境改革督办系统</title><div id="root"></div>';
const APP_JS = `console.log(${JSON.stringify('营商环境'.repeat(200))});`;

describe('web app on the API port', () => {
  let webDist: string;
  let database: TestDatabase;
  let api: RunningApp;
  beforeAll(async () => {
    webDist = await mkdtemp(path.join(os.tmpdir(), 'bizenv-web-'));
    await mkdir(path.join(webDist, 'assets'));
    await writeFile(path.join(webDist, 'index.html'), INDEX_HTML);
    await writeFile(path.join(webDist, 'assets', 'app.js'), APP_JS);
    // What apps/web/build/precompress.ts writes beside each built file.
    await writeFile(path.join(webDist, 'assets', 'app.js.br'), brotliCompressSync(APP_JS));
    database = await createTestDatabase();
    api = await startApp(database.config, { webDistDir: webDist });
  });
  afterAll(async () => {
    await api?.close();
    await database?.drop();
    await rm(webDist, { recursive: true, force: true });
  });

  it('serves index.html at /', async () => {
    const response = await api.get('/');

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.body).toBe(INDEX_HTML);
  });

  it('serves the built files', async () => {
    const response = await api.get('/assets/app.js');

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('javascript');
  });

  it('sends the precompressed file to browsers that accept it', async () => {
    const response = await fetch(`${api.baseUrl}/assets/app.js`, {
      headers: { 'accept-encoding': 'br' },
    });

    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('content-type')).toContain('javascript');
    expect(await response.text()).toBe(APP_JS);
  });

  it('lets browsers keep hashed assets for good but revalidate index.html', async () => {
    const asset = await api.get('/assets/app.js');
    const page = await api.get('/');

    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(page.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers browser routes with index.html', async () => {
    for (const route of ['/plans/3', '/jurisdictions/610329/plans', '/tasks/12?tab=targets']) {
      const response = await api.get(route);
      expect(response.status, route).toBe(200);
      expect(response.body, route).toBe(INDEX_HTML);
    }
  });

  it('keeps 404s for missing files and unknown API paths', async () => {
    expect((await api.get('/assets/old-build.js')).status).toBe(404);
    const apiMiss = await api.get('/api/no-such-thing');
    expect(apiMiss.status).toBe(404);
    expect(apiMiss.body).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('still serves the API and its documentation', async () => {
    expect((await api.get('/api/health')).status).toBe(200);
    expect((await api.get('/api/docs')).status).toBe(200);
    expect((await api.get('/api/docs-json')).status).toBe(200);
  });
});

describe('without a web build', () => {
  const context = useRunningApp();

  it('answers / with a JSON 404 and serves the API', async () => {
    const response = await context.api.get('/');

    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: 'NOT_FOUND' });
    expect((await context.api.get('/api/health')).status).toBe(200);
  });
});

describe('OpenAPI', () => {
  const context = useRunningApp();

  it('publishes the document with a Chinese summary for every operation', async () => {
    const response = await context.api.get<{
      paths: Record<string, Record<string, { summary?: string }>>;
    }>('/api/docs-json');

    expect(response.status).toBe(200);
    const operations = Object.entries(response.body.paths).flatMap(([route, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ route, method, operation })),
    );
    expect(operations.map(({ method, route }) => `${method} ${route}`)).toEqual(
      expect.arrayContaining([
        'get /api/health',
        'get /api/jurisdictions',
        'get /api/jurisdictions/{code}',
        'get /api/jurisdictions/{code}/plans',
        'get /api/jurisdictions/{code}/departments',
        'get /api/plans/{id}',
        'get /api/plans/{id}/tasks',
        'get /api/tasks/{id}',
      ]),
    );
    for (const { operation } of operations) expect(operation.summary).toMatch(/[\u4e00-\u9fff]/);
  });

  it('serves the interactive documentation', async () => {
    const page = await context.api.get('/api/docs');
    const styles = await context.api.get('/api/docs/swagger-ui.css');

    expect(page.status).toBe(200);
    expect(page.body).toContain('swagger-ui');
    expect(styles.status).toBe(200);
  });
});
