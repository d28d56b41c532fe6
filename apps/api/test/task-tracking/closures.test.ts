import type {
  ApiErrorBody,
  AttachmentResponse,
  AuditLogPageResponse,
  ClosureRequestResponse,
  TaskStateResponse,
} from '@bizenv/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { type SignedInClient, useSignedIn } from '../support/auth.js';
import { useRunningApp } from '../support/test-app.js';
import { expectChinese, findTask, getEvents, getTask, uploadPdf } from './fixtures.js';

type Answer = ClosureRequestResponse & ApiErrorBody;

describe('closure (销号) requests', () => {
  const context = useRunningApp();
  const office = useSignedIn(context, 'linyou.office');
  const xzsp = useSignedIn(context, 'linyou.xzsp');
  const fgj = useSignedIn(context, 'linyou.fgj');
  const meixianOffice = useSignedIn(context, 'meixian.office');
  const cityOffice = useSignedIn(context, 'baoji.office');
  let taskId: number;
  let sharedTaskId: number;

  beforeAll(async () => {
    // Task 4 is led by 县行政审批服务局 alone; task 2 also has 县发改局 as a support department.
    taskId = (await findTask(office, '4')).id;
    sharedTaskId = (await findTask(office, '2')).id;
  });

  const requestClosure = (client: SignedInClient, body: unknown, id = taskId) =>
    client.post<Answer>(`/api/tasks/${id}/closure-requests`, body);

  const closureRequests = async (client: SignedInClient, id = taskId) => {
    const result = await client.get<ClosureRequestResponse[]>(`/api/tasks/${id}/closure-requests`);
    expect(result.status).toBe(200);
    return result.body;
  };

  async function newRequest(note: string): Promise<ClosureRequestResponse> {
    const evidence = await uploadPdf(xzsp, context.api.baseUrl);
    const { version } = await getTask(xzsp, taskId);
    const result = await requestClosure(xzsp, { note, attachmentIds: [evidence], version });
    expect(result.status, JSON.stringify(result.body)).toBe(201);
    return result.body;
  }

  describe('bad requests write nothing', () => {
    const cases: [string, (evidence: string, version: number) => unknown][] = [
      ['no evidence', (_, version) => ({ note: '已完成', attachmentIds: [], version })],
      ['evidence missing', (_, version) => ({ note: '已完成', version })],
      [
        'an id that is no UUID',
        (_, version) => ({ note: '已完成', attachmentIds: ['1'], version }),
      ],
      ['the same file twice', (e, version) => ({ note: '已完成', attachmentIds: [e, e], version })],
      ['a blank note', (e, version) => ({ note: ' ', attachmentIds: [e], version })],
      [
        'an unknown field',
        (e, version) => ({ note: '已完成', attachmentIds: [e], version, status: 'closed' }),
      ],
      ['no version', (e) => ({ note: '已完成', attachmentIds: [e] })],
    ];

    it.each(cases)('%s → 400', async (_, body) => {
      const evidence = await uploadPdf(xzsp, context.api.baseUrl);
      const task = await getTask(xzsp, taskId);

      const result = await requestClosure(xzsp, body(evidence, task.version));

      expect(result.status).toBe(400);
      expect(result.body.code).toBe('VALIDATION_FAILED');
      for (const detail of result.body.details ?? []) expectChinese(detail.message);
      expect(await getTask(xzsp, taskId)).toMatchObject({
        status: 'not_started',
        version: task.version,
      });
      expect(await closureRequests(office)).toEqual([]);
    });

    it("someone else's upload → 400 ATTACHMENT_NOT_USABLE, the task keeps its status", async () => {
      const foreign = await uploadPdf(fgj, context.api.baseUrl);
      const task = await getTask(xzsp, taskId);

      const result = await requestClosure(xzsp, {
        note: '已完成',
        attachmentIds: [foreign],
        version: task.version,
      });

      expect(result.status).toBe(400);
      expect(result.body.code).toBe('ATTACHMENT_NOT_USABLE');
      expect(await getTask(xzsp, taskId)).toMatchObject({
        status: 'not_started',
        version: task.version,
      });
      expect(await closureRequests(office)).toEqual([]);
      expect(await getEvents(office, taskId)).toEqual([]);
    });
  });

  it('a support department may not ask for closure (403), nor may the office (403)', async () => {
    const evidence = await uploadPdf(fgj, context.api.baseUrl);
    const { version } = await getTask(fgj, sharedTaskId);

    const bySupport = await requestClosure(
      fgj,
      { note: '已完成', attachmentIds: [evidence], version },
      sharedTaskId,
    );
    const byOffice = await requestClosure(
      office,
      { note: '已完成', attachmentIds: [evidence], version },
      sharedTaskId,
    );

    expect(bySupport.status).toBe(403);
    expect(bySupport.body.code).toBe('NOT_LEAD_DEPARTMENT');
    expectChinese(bySupport.body.message);
    expect(byOffice.status).toBe(403);
    expect((await getTask(office, sharedTaskId)).status).toBe('not_started');
  });

  it('a lead department reports the work done with evidence: the task awaits closure', async () => {
    const request = await newRequest('已全面完成，附验收材料');

    expect(request).toMatchObject({
      task: { id: taskId, code: '4', jurisdictionCode: '610329' },
      requestedBy: { id: xzsp.user.id },
      department: { name: '县行政审批服务局' },
      note: '已全面完成，附验收材料',
      status: 'pending',
      decidedBy: null,
      version: 1,
    });
    expect(request.attachments).toHaveLength(1);
    expect(request.attachments[0]).toMatchObject({ linked: true, mediaType: 'application/pdf' });
    expect(await getTask(office, taskId)).toMatchObject({ status: 'done_pending_closure' });
    const [event] = await getEvents(office, taskId);
    expect(event).toMatchObject({
      type: 'closure_requested',
      actor: { id: xzsp.user.id },
      fromStatus: 'not_started',
      toStatus: 'done_pending_closure',
      after: { closureRequestId: request.id },
    });
    // The office of the jurisdiction may now read the evidence; another county may not.
    const evidenceId = request.attachments[0]!.id;
    expect((await office.get<AttachmentResponse>(`/api/attachments/${evidenceId}`)).status).toBe(
      200,
    );
    expect((await meixianOffice.get(`/api/attachments/${evidenceId}`)).status).toBe(404);
  });

  it('the office inbox lists pending requests of its own jurisdiction only', async () => {
    const inbox = await office.get<ClosureRequestResponse[]>(
      '/api/closure-requests?status=pending',
    );
    const otherCounty = await meixianOffice.get<ClosureRequestResponse[]>(
      '/api/closure-requests?status=pending',
    );
    const cityInbox = await cityOffice.get<ClosureRequestResponse[]>('/api/closure-requests');
    const mine = await xzsp.get<ClosureRequestResponse[]>('/api/closure-requests');
    const notMine = await fgj.get<ClosureRequestResponse[]>('/api/closure-requests');

    expect(inbox.body.map((request) => request.task.id)).toEqual([taskId]);
    expect(otherCounty.body).toEqual([]);
    expect(cityInbox.body).toEqual([]);
    expect(mine.body).toHaveLength(1);
    expect(notMine.body).toEqual([]);
    expect((await office.get('/api/closure-requests?status=open')).status).toBe(400);
  });

  it('nobody else decides: a department 403, another county 404, the city office 403', async () => {
    const [request] = await closureRequests(office);
    const body = { version: request!.version };

    expect((await xzsp.post(`/api/closure-requests/${request!.id}/approve`, body)).status).toBe(
      403,
    );
    const foreign = await meixianOffice.post<ApiErrorBody>(
      `/api/closure-requests/${request!.id}/approve`,
      body,
    );
    expect(foreign.status).toBe(404);
    expect(foreign.body.code).toBe('CLOSURE_REQUEST_NOT_FOUND');
    expect(
      (await cityOffice.post(`/api/closure-requests/${request!.id}/approve`, body)).status,
    ).toBe(403);
    expect((await getTask(office, taskId)).status).toBe('done_pending_closure');
  });

  it('the office rejects with a reason: the task goes back to 推进中', async () => {
    const [pending] = await closureRequests(office);
    const blank = await office.post<Answer>(`/api/closure-requests/${pending!.id}/reject`, {
      reason: '',
      version: pending!.version,
    });
    expect(blank.status).toBe(400);

    const result = await office.post<Answer>(`/api/closure-requests/${pending!.id}/reject`, {
      reason: '佐证材料缺少验收报告',
      version: pending!.version,
    });

    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      status: 'rejected',
      decidedBy: { id: office.user.id, displayName: '麟游县营商办' },
      decisionReason: '佐证材料缺少验收报告',
      version: pending!.version + 1,
    });
    expect(result.body.decidedAt).not.toBeNull();
    expect((await getTask(office, taskId)).status).toBe('in_progress');
    const [event] = await getEvents(office, taskId);
    expect(event).toMatchObject({
      type: 'closure_rejected',
      reason: '佐证材料缺少验收报告',
      fromStatus: 'done_pending_closure',
      toStatus: 'in_progress',
    });
    const again = await office.post<Answer>(`/api/closure-requests/${pending!.id}/approve`, {
      version: result.body.version,
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('REQUEST_ALREADY_DECIDED');
  });

  it('evidence already used cannot be used again', async () => {
    const [rejected] = await closureRequests(office);
    const { version } = await getTask(xzsp, taskId);

    const result = await requestClosure(xzsp, {
      note: '补充材料',
      attachmentIds: [rejected!.attachments[0]!.id],
      version,
    });

    expect(result.status).toBe(400);
    expect((await getTask(xzsp, taskId)).status).toBe('in_progress');
  });

  it('approval with a stale version is 409; with the current one the task is closed (已销号)', async () => {
    const request = await newRequest('已补充验收报告');
    const stale = await office.post<Answer>(`/api/closure-requests/${request.id}/approve`, {
      version: request.version + 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');

    const result = await office.post<Answer>(`/api/closure-requests/${request.id}/approve`, {
      version: request.version,
    });

    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ status: 'approved', decisionReason: null });
    expect((await getTask(office, taskId)).status).toBe('closed');
    const [event] = await getEvents(office, taskId);
    expect(event).toMatchObject({
      type: 'closure_approved',
      actor: { id: office.user.id },
      fromStatus: 'done_pending_closure',
      toStatus: 'closed',
    });
    expect(await closureRequests(xzsp)).toHaveLength(2);
    const audit = await office.get<AuditLogPageResponse>(
      `/api/audit?action=task.closure&targetType=closure_request&targetId=${request.id}`,
    );
    expect(audit.status).toBe(200);
    expect(audit.body.items.map((entry) => entry.action).sort()).toEqual([
      'task.closure.approve',
      'task.closure.request',
    ]);
  });

  it('a closed task is final for departments; the office may reopen it with a reason', async () => {
    const evidence = await uploadPdf(xzsp, context.api.baseUrl);
    const closed = await getTask(xzsp, taskId);
    const again = await requestClosure(xzsp, {
      note: '再次申请',
      attachmentIds: [evidence],
      version: closed.version,
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('TASK_NOT_CLOSABLE');
    for (const status of ['not_started', 'suspended']) {
      const result = await office.post<ApiErrorBody>(`/api/tasks/${taskId}/status`, {
        status,
        reason: '误操作',
        version: closed.version,
      });
      expect(result.status).toBe(409);
    }

    const reopened = await office.post<TaskStateResponse>(`/api/tasks/${taskId}/status`, {
      status: 'in_progress',
      reason: '复查发现问题未整改到位',
      version: closed.version,
    });

    expect(reopened.status).toBe(200);
    expect(reopened.body.status).toBe('in_progress');
    const [event] = await getEvents(office, taskId);
    expect(event).toMatchObject({ fromStatus: 'closed', toStatus: 'in_progress' });
  });
});
