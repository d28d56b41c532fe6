import type { ApiErrorBody, ChangeRequestResponse, ClosureRequestResponse } from '@bizenv/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { type SignedInClient, useSignedIn } from '../support/auth.js';
import { useRunningApp } from '../support/test-app.js';
import {
  expectChinese,
  findDepartment,
  findTask,
  getEvents,
  getTask,
  MEIXIAN,
  uploadPdf,
} from './fixtures.js';

type Answer = ChangeRequestResponse & ApiErrorBody;

describe('extension (延期) and adjustment (调整) requests', () => {
  const context = useRunningApp();
  const office = useSignedIn(context, 'linyou.office');
  const xzsp = useSignedIn(context, 'linyou.xzsp');
  const fgj = useSignedIn(context, 'linyou.fgj');
  const meixianOffice = useSignedIn(context, 'meixian.office');
  // Task 2: led by 县行政审批服务局, supported by 县发改局 among others, due 年底前 (2021-12-31).
  let taskId: number;

  beforeAll(async () => {
    taskId = (await findTask(office, '2')).id;
  });

  const ask = (client: SignedInClient, body: unknown, id = taskId) =>
    client.post<Answer>(`/api/tasks/${id}/change-requests`, body);
  const decide = (id: number, action: 'approve' | 'reject', body: unknown, client = office) =>
    client.post<Answer>(`/api/change-requests/${id}/${action}`, body);
  const extension = (date: string, printed: string) => ({
    kind: 'extension',
    reason: '受疫情影响，施工延误',
    proposedDeadlineDate: date,
    proposedDeadlinePrinted: printed,
  });
  const requestsOf = async (id = taskId) =>
    (await office.get<ChangeRequestResponse[]>(`/api/tasks/${id}/change-requests`)).body;

  describe('extension', () => {
    it('only a lead department may ask (a support department gets 403)', async () => {
      const result = await ask(fgj, extension('2022-06-30', '2022年6月底前'));

      expect(result.status).toBe(403);
      expect(result.body.code).toBe('NOT_LEAD_DEPARTMENT');
      expect(await requestsOf()).toEqual([]);
    });

    it.each([
      ['a date that is not later', extension('2021-12-31', '年底前'), 'EXTENSION_NOT_LATER'],
      ['an impossible date', extension('2022-02-30', '2月底前'), 'VALIDATION_FAILED'],
      ['a date in another format', extension('2022/6/30', '6月底前'), 'VALIDATION_FAILED'],
      [
        'no printed deadline',
        { kind: 'extension', reason: '延误', proposedDeadlineDate: '2022-06-30' },
        'EXTENSION_DEADLINE_REQUIRED',
      ],
      [
        'a new title besides',
        { ...extension('2022-06-30', '2022年6月底前'), proposedTitle: '新标题' },
        'EXTENSION_DEADLINE_REQUIRED',
      ],
      ['no reason', { ...extension('2022-06-30', '6月底前'), reason: '' }, 'VALIDATION_FAILED'],
      [
        'an unknown kind',
        { ...extension('2022-06-30', '6月底前'), kind: 'delay' },
        'VALIDATION_FAILED',
      ],
      [
        'an unknown field',
        { ...extension('2022-06-30', '6月底前'), urgent: true },
        'VALIDATION_FAILED',
      ],
    ])('%s → 400, nothing written', async (_, body, code) => {
      const task = await getTask(office, taskId);

      const result = await ask(xzsp, body);

      expect(result.status).toBe(400);
      expect(result.body.code).toBe(code);
      expectChinese(result.body.message);
      expect(await requestsOf()).toEqual([]);
      expect(await getTask(office, taskId)).toEqual(task);
    });

    it('approved: the deadline moves and the planned one stays on record', async () => {
      const asked = await ask(xzsp, extension('2022-06-30', '2022年6月底前'));
      expect(asked.status, JSON.stringify(asked.body)).toBe(201);
      expect(asked.body).toMatchObject({
        kind: 'extension',
        status: 'pending',
        proposedDeadline: { date: '2022-06-30', printed: '2022年6月底前' },
        department: { name: '县行政审批服务局' },
      });
      const duplicate = await ask(xzsp, extension('2022-09-30', '2022年9月底前'));
      expect(duplicate.status).toBe(409);
      expect(duplicate.body.code).toBe('CHANGE_REQUEST_ALREADY_PENDING');
      const inbox = await office.get<ChangeRequestResponse[]>(
        '/api/change-requests?status=pending',
      );
      expect(inbox.body.map((request) => request.id)).toEqual([asked.body.id]);
      expect(
        (await meixianOffice.get<ChangeRequestResponse[]>('/api/change-requests')).body,
      ).toEqual([]);
      const before = await getTask(office, taskId);

      const approved = await decide(asked.body.id, 'approve', { version: asked.body.version });

      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({
        status: 'approved',
        decidedBy: { id: office.user.id },
      });
      const task = await getTask(office, taskId);
      expect(task.deadline).toEqual({ kind: 'date', date: '2022-06-30', printed: '2022年6月底前' });
      expect(task.originalDeadline).toEqual({
        kind: 'date',
        date: '2021-12-31',
        printed: '年底前',
      });
      expect(task.version).toBe(before.version + 1);
      const [event] = await getEvents(office, taskId);
      expect(event).toMatchObject({
        type: 'change_approved',
        actor: { id: office.user.id },
        fromStatus: null,
        before: { deadline: { date: '2021-12-31' } },
        after: { deadline: { date: '2022-06-30' }, changeRequestId: asked.body.id },
      });
    });

    it('a second extension keeps the first planned deadline as the original', async () => {
      const asked = await ask(xzsp, extension('2022-09-30', '2022年9月底前'));
      await decide(asked.body.id, 'approve', { version: asked.body.version });

      const task = await getTask(office, taskId);
      expect(task.deadline).toMatchObject({ date: '2022-09-30' });
      expect(task.originalDeadline).toMatchObject({ date: '2021-12-31', printed: '年底前' });
    });

    it('rejected with a reason: the deadline stays', async () => {
      const asked = await ask(xzsp, extension('2023-06-30', '2023年6月底前'));
      const missingReason = await decide(asked.body.id, 'reject', { version: asked.body.version });
      expect(missingReason.status).toBe(400);

      const rejected = await decide(asked.body.id, 'reject', {
        reason: '理由不充分',
        version: asked.body.version,
      });

      expect(rejected.status).toBe(200);
      expect(rejected.body).toMatchObject({ status: 'rejected', decisionReason: '理由不充分' });
      expect((await getTask(office, taskId)).deadline).toMatchObject({ date: '2022-09-30' });
      expect((await getEvents(office, taskId))[0]).toMatchObject({
        type: 'change_rejected',
        reason: '理由不充分',
      });
      expect((await decide(asked.body.id, 'approve', { version: 2 })).body.code).toBe(
        'REQUEST_ALREADY_DECIDED',
      );
    });
  });

  describe('adjustment', () => {
    it.each([
      ['nothing to change', { kind: 'adjustment', reason: '调整' }, 'ADJUSTMENT_EMPTY'],
      [
        'a deadline',
        { kind: 'adjustment', reason: '调整', proposedDeadlineDate: '2022-12-31' },
        'ADJUSTMENT_EMPTY',
      ],
      [
        'lead departments without support departments',
        { kind: 'adjustment', reason: '调整', proposedLeadDepartmentIds: [1] },
        'ADJUSTMENT_DEPARTMENTS_INVALID',
      ],
      [
        'no lead department',
        {
          kind: 'adjustment',
          reason: '调整',
          proposedLeadDepartmentIds: [],
          proposedSupportDepartmentIds: [1],
        },
        'ADJUSTMENT_DEPARTMENTS_INVALID',
      ],
      [
        'department ids that are not numbers',
        {
          kind: 'adjustment',
          reason: '调整',
          proposedLeadDepartmentIds: ['县发改局'],
          proposedSupportDepartmentIds: [],
        },
        'VALIDATION_FAILED',
      ],
      [
        'an empty title',
        { kind: 'adjustment', reason: '调整', proposedTitle: ' ' },
        'VALIDATION_FAILED',
      ],
    ])('%s → 400', async (_, body, code) => {
      const result = await ask(fgj, body);

      expect(result.status).toBe(400);
      expect(result.body.code).toBe(code);
      expect((await requestsOf()).filter((request) => request.kind === 'adjustment')).toEqual([]);
    });

    it('departments must be of the jurisdiction, and not lead and support at once', async () => {
      const own = await findDepartment(office, '县行政审批服务局');
      const foreign = await findDepartment(meixianOffice, '县行政审批局', MEIXIAN);
      for (const [lead, support] of [
        [[foreign.id], []],
        [[own.id], [own.id]],
      ]) {
        const result = await ask(fgj, {
          kind: 'adjustment',
          reason: '调整',
          proposedLeadDepartmentIds: lead,
          proposedSupportDepartmentIds: support,
        });
        expect(result.status).toBe(400);
        expect(result.body.code).toBe('ADJUSTMENT_DEPARTMENTS_INVALID');
      }
    });

    it('a support department asks to change ownership; approval replaces the departments', async () => {
      const lead = await findDepartment(office, '县行政审批服务局');
      const support = await findDepartment(office, '县市场监管局');
      const before = await getTask(office, taskId);
      expect(before.supportDepartments.map((d) => d.name)).toContain('县发改局');

      const asked = await ask(fgj, {
        kind: 'adjustment',
        reason: '本项工作不涉及我局职能',
        proposedLeadDepartmentIds: [lead.id],
        proposedSupportDepartmentIds: [support.id],
      });
      expect(asked.status, JSON.stringify(asked.body)).toBe(201);
      expect(asked.body).toMatchObject({
        proposedLeadDepartments: [{ id: lead.id, name: '县行政审批服务局' }],
        proposedSupportDepartments: [{ id: support.id, name: '县市场监管局' }],
        proposedTitle: null,
        proposedDeadline: null,
      });
      const byDepartment = await decide(asked.body.id, 'approve', { version: 1 }, xzsp);
      expect(byDepartment.status).toBe(403);
      const byOtherCounty = await decide(asked.body.id, 'approve', { version: 1 }, meixianOffice);
      expect(byOtherCounty.status).toBe(404);
      expect(byOtherCounty.body.code).toBe('CHANGE_REQUEST_NOT_FOUND');

      const approved = await decide(asked.body.id, 'approve', { version: asked.body.version });

      expect(approved.status).toBe(200);
      const task = await getTask(office, taskId);
      expect(task.leadDepartments.map((d) => d.name)).toEqual(['县行政审批服务局']);
      expect(task.supportDepartments.map((d) => d.name)).toEqual(['县市场监管局']);
      expect(task.version).toBe(before.version + 1);
      const [event] = await getEvents(office, taskId);
      expect(event!.type).toBe('change_approved');
      expect(event!.before).toMatchObject({
        supportDepartments: expect.arrayContaining([expect.objectContaining({ name: '县发改局' })]),
      });
      expect(event!.after).toMatchObject({
        leadDepartments: [{ id: lead.id, name: '县行政审批服务局' }],
        supportDepartments: [{ id: support.id, name: '县市场监管局' }],
      });
      // 县发改局 is off the task now: it no longer sees it.
      expect((await fgj.get(`/api/tasks/${taskId}`)).status).toBe(404);
    });

    it('an approved wording change rewrites title and body, keeping the old ones in the history', async () => {
      const before = await getTask(office, taskId);
      const asked = await ask(xzsp, {
        kind: 'adjustment',
        reason: '表述不准确',
        proposedTitle: '深化“证照分离”改革（调整后）',
      });
      await decide(asked.body.id, 'approve', { version: asked.body.version });

      const task = await getTask(office, taskId);
      expect(task.title).toBe('深化“证照分离”改革（调整后）');
      expect(task.body).toBe(before.body);
      expect((await getEvents(office, taskId))[0]).toMatchObject({
        before: { title: before.title },
        after: { title: '深化“证照分离”改革（调整后）' },
      });
    });
  });

  it('a closed task takes no more requests (409 TASK_CLOSED)', async () => {
    const closable = (await findTask(office, '5')).id;
    const evidence = await uploadPdf(xzsp, context.api.baseUrl);
    const { version } = await getTask(xzsp, closable);
    const closure = await xzsp.post<ClosureRequestResponse>(
      `/api/tasks/${closable}/closure-requests`,
      {
        note: '已完成',
        attachmentIds: [evidence],
        version,
      },
    );
    await office.post(`/api/closure-requests/${closure.body.id}/approve`, { version: 1 });

    const result = await ask(xzsp, extension('2030-12-31', '2030年底前'), closable);

    expect(result.status).toBe(409);
    expect(result.body.code).toBe('TASK_CLOSED');
  });
});
