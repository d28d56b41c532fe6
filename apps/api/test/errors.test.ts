import { type ApiErrorBody, ERROR_CODES } from '@bizenv/shared';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { describe, expect, it, vi } from 'vitest';
import { useSignedIn } from './support/auth.js';
import { useRunningApp } from './support/test-app.js';

const CHINESE = /[\u4e00-\u9fff]/;

describe('error responses', () => {
  const context = useRunningApp();
  // Reads every jurisdiction: the province's office.
  const reader = useSignedIn(context, 'shaanxi.office');

  async function expectError(path: string, code: keyof typeof ERROR_CODES): Promise<ApiErrorBody> {
    const response = await reader.get<ApiErrorBody>(path);
    expect(response.status, path).toBe(ERROR_CODES[code].status);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(response.body.code, path).toBe(code);
    expect(response.body.message).toBe(ERROR_CODES[code].message);
    expect(response.body.message).toMatch(CHINESE);
    expect(response.body.requestId).toBe(response.headers.get('x-request-id'));
    return response.body;
  }

  it.each([
    ['/api/plans/2147483647', 'PLAN_NOT_FOUND'],
    ['/api/plans/2147483647/tasks', 'PLAN_NOT_FOUND'],
    ['/api/tasks/2147483647', 'TASK_NOT_FOUND'],
    ['/api/jurisdictions/999999', 'JURISDICTION_NOT_FOUND'],
    ['/api/jurisdictions/999999/plans', 'JURISDICTION_NOT_FOUND'],
    ['/api/jurisdictions/999999/departments', 'JURISDICTION_NOT_FOUND'],
    ['/api/no-such-route', 'NOT_FOUND'],
  ] as const)('GET %s → 404 %s', async (path, code) => {
    await expectError(path, code);
  });

  // These come from class-validator decorators on the param DTOs: they also prove that SWC kept
  // the decorator metadata Nest and class-validator need.
  it.each([
    '/api/plans/abc',
    '/api/plans/-1',
    '/api/plans/0',
    '/api/plans/1.5',
    '/api/plans/1e3',
    '/api/plans/2147483648',
    '/api/plans/99999999999999999999',
    '/api/plans/abc/tasks',
    '/api/tasks/-7',
    '/api/jurisdictions/abc',
    '/api/jurisdictions/6103290',
    '/api/jurisdictions/abc/plans',
  ])('GET %s → 400 VALIDATION_FAILED with the field and a Chinese reason', async (path) => {
    const body = await expectError(path, 'VALIDATION_FAILED');

    expect(body.details).toHaveLength(1);
    expect(body.details![0]!.field).toMatch(/^(id|code)$/);
    expect(body.details![0]!.message).toMatch(CHINESE);
  });
});

describe('unexpected errors', () => {
  const context = useRunningApp();
  // Reads every jurisdiction: the province's office.
  const reader = useSignedIn(context, 'shaanxi.office');

  it('answer 500 with a generic Chinese message and the request id, and are logged', async () => {
    const { body: plans } = await reader.get<{ id: number }[]>('/api/jurisdictions/610329/plans');
    // Break the database under the running app: the next task read fails inside TypeORM.
    // CASCADE on PostgreSQL: later features' tables reference target.
    const dataSource = context.api.app.get(DataSource);
    const cascade = dataSource.options.type === 'postgres' ? ' CASCADE' : '';
    await dataSource.query(`DROP TABLE "target"${cascade}`);
    const logged = vi.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);

    const response = await reader.get<ApiErrorBody>(`/api/plans/${plans[0]!.id}/tasks`);

    expect(response.status).toBe(500);
    expect(response.body).toEqual({
      code: 'INTERNAL_ERROR',
      message: ERROR_CODES.INTERNAL_ERROR.message,
      requestId: response.headers.get('x-request-id'),
    });
    expect(logged).toHaveBeenCalledWith(
      expect.stringContaining(response.body.requestId!),
      expect.any(String),
    );
    logged.mockRestore();
  });
});
