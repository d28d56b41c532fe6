import type { ApiErrorBody, TaskEventResponse, TaskStateResponse } from '@bizenv/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { request, useSignedIn } from '../support/auth.js';
import { useRunningApp } from '../support/test-app.js';
import { expectChinese, findTask, getEvents, getTask } from './fixtures.js';

describe('task status changes', () => {
  const context = useRunningApp();
  const office = useSignedIn(context, 'linyou.office');
  const xzsp = useSignedIn(context, 'linyou.xzsp');
  const fgj = useSignedIn(context, 'linyou.fgj');
  const leader = useSignedIn(context, 'linyou.leader');
  const meixianOffice = useSignedIn(context, 'meixian.office');
  const cityOffice = useSignedIn(context, 'baoji.office');
  const cityViewer = useSignedIn(context, 'baoji.viewer');
  let taskId: number;

  beforeAll(async () => {
    taskId = (await findTask(office, '1')).id;
  });

  const change = (body: unknown, client = office, id = taskId) =>
    client.post<TaskStateResponse & ApiErrorBody>(`/api/tasks/${id}/status`, body);

  it('the office changes the status with a reason; the history keeps who, when, before and after', async () => {
    const before = await getTask(office, taskId);
    expect(before.status).toBe('not_started');
    const startedAt = Date.now();

    const result = await change({
      status: 'in_progress',
      reason: '已召开专题会议部署',
      version: before.version,
    });

    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ id: taskId, status: 'in_progress' });
    expect(result.body.version).toBe(before.version + 1);
    expect((await getTask(office, taskId)).status).toBe('in_progress');
    const [event] = await getEvents(office, taskId);
    expect(event).toMatchObject({
      taskId,
      type: 'status_changed',
      actor: { id: office.user.id, displayName: '麟游县营商办' },
      reason: '已召开专题会议部署',
      fromStatus: 'not_started',
      toStatus: 'in_progress',
      before: { status: 'not_started' },
      after: { status: 'in_progress' },
    });
    const occurredAt = Date.parse(event!.occurredAt);
    expect(occurredAt).toBeGreaterThanOrEqual(startedAt - 1000);
    expect(occurredAt).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('lists the history newest first, readable by the departments on the task and by leaders', async () => {
    const { version } = await getTask(office, taskId);
    expect((await change({ status: 'suspended', reason: '等待上级政策', version })).status).toBe(
      200,
    );

    const events = await getEvents(xzsp, taskId);
    expect(events.map((event) => event.toStatus).slice(0, 2)).toEqual(['suspended', 'in_progress']);
    expect(await getEvents(leader, taskId)).toEqual(events);
  });

  it('refuses a transition outside the table (409) and writes nothing', async () => {
    const task = await getTask(office, taskId);
    const events = await getEvents(office, taskId);
    expect(task.status).toBe('suspended');

    for (const status of ['closed', 'done_pending_closure', 'suspended']) {
      const result = await change({ status, reason: '直接销号', version: task.version });

      expect(result.status).toBe(409);
      expect(result.body.code).toBe('INVALID_STATUS_TRANSITION');
      expectChinese(result.body.message);
    }
    expect((await getTask(office, taskId)).version).toBe(task.version);
    expect(await getEvents(office, taskId)).toEqual(events);
  });

  it('answers a stale version with 409 VERSION_CONFLICT telling the user to reload', async () => {
    const task = await getTask(office, taskId);

    const result = await change({
      status: 'in_progress',
      reason: '恢复推进',
      version: task.version - 1,
    });

    expect(result.status).toBe(409);
    expect(result.body.code).toBe('VERSION_CONFLICT');
    expect(result.body.message).toContain('刷新');
    expect((await getTask(office, taskId)).status).toBe('suspended');
  });

  describe('who may change it', () => {
    const attempt = async (client: typeof office) => {
      const { version } = await getTask(office, taskId);
      return change({ status: 'in_progress', reason: '恢复推进', version }, client);
    };

    it('another county answers 404, existence not leaked', async () => {
      const result = await attempt(meixianOffice);
      expect(result.status).toBe(404);
      expect(result.body.code).toBe('TASK_NOT_FOUND');
      expectChinese(result.body.message);
      expect((await meixianOffice.get(`/api/tasks/${taskId}/events`)).status).toBe(404);
    });

    it('a department on the task, a leader, the city office and a city viewer get 403', async () => {
      for (const client of [xzsp, leader, cityOffice, cityViewer]) {
        const result = await attempt(client);
        expect(result.status, client.user.username).toBe(403);
        expectChinese(result.body.message);
      }
      expect((await getTask(office, taskId)).status).toBe('suspended');
    });

    it('a department not on the task cannot even read its history (404)', async () => {
      expect((await fgj.get(`/api/tasks/${taskId}/events`)).status).toBe(404);
    });

    it('nobody signed in gets 401', async () => {
      const result = await request(context.api.baseUrl, 'POST', `/api/tasks/${taskId}/status`, {
        body: { status: 'in_progress', reason: '恢复推进', version: 1 },
      });
      expect(result.status).toBe(401);
    });
  });

  describe('bad payloads', () => {
    const cases: [string, unknown][] = [
      ['an unknown field', { status: 'in_progress', reason: '恢复', version: 1, by: 'me' }],
      ['a status outside the list', { status: 'done', reason: '恢复', version: 1 }],
      ['a number for the status', { status: 2, reason: '恢复', version: 1 }],
      ['a string for the version', { status: 'in_progress', reason: '恢复', version: '1' }],
      ['a fractional version', { status: 'in_progress', reason: '恢复', version: 1.5 }],
      ['no reason', { status: 'in_progress', version: 1 }],
      ['a blank reason', { status: 'in_progress', reason: '   ', version: 1 }],
      ['a number for the reason', { status: 'in_progress', reason: 42, version: 1 }],
      ['an over-long reason', { status: 'in_progress', reason: '长'.repeat(2001), version: 1 }],
      ['no body at all', undefined],
    ];

    it.each(cases)(
      '%s → 400 with a Chinese message per field, nothing written',
      async (_, body) => {
        const task = await getTask(office, taskId);
        const events: TaskEventResponse[] = await getEvents(office, taskId);
        const payload =
          body && typeof body === 'object' && 'version' in body && body.version === 1
            ? { ...body, version: task.version }
            : body;

        const result = await change(payload);

        expect(result.status).toBe(400);
        expect(result.body.code).toBe('VALIDATION_FAILED');
        expectChinese(result.body.message);
        if (body !== undefined) {
          expect(result.body.details?.length).toBeGreaterThan(0);
          for (const detail of result.body.details ?? []) expectChinese(detail.message);
        }
        expect((await getTask(office, taskId)).version).toBe(task.version);
        expect(await getEvents(office, taskId)).toEqual(events);
      },
    );

    it('a malformed task id is 400, an unknown one 404', async () => {
      const body = { status: 'in_progress', reason: '恢复', version: 1 };
      expect((await change(body, office, 'abc' as unknown as number)).status).toBe(400);
      expect((await change(body, office, 99_999_999)).status).toBe(404);
    });
  });
});
