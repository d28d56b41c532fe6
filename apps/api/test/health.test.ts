import { describe, expect, it } from 'vitest';
import { useRunningApp } from './support/test-app.js';
import { TEST_DB } from './support/test-database.js';

describe('GET /api/health', () => {
  const context = useRunningApp();

  it('answers over a real socket with the database in use', async () => {
    const response = await context.api.get('/api/health');

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', db: TEST_DB });
  });

  it('gives every response a request id header', async () => {
    const first = await context.api.get('/api/health');
    const second = await context.api.get('/api/health');

    expect(first.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
  });
});
