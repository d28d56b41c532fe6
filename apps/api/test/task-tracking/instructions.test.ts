import type {
  ApiErrorBody,
  ChangeRequestResponse,
  InstructionResponse,
  NoticeResponse,
  NotificationListResponse,
} from '@bizenv/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { type SignedInClient, signIn, useSignedIn } from '../support/auth.js';
import { useRunningApp } from '../support/test-app.js';
import { expectChinese, findDepartment, findTask, getEvents, MEIXIAN } from './fixtures.js';

type Answer = InstructionResponse & ApiErrorBody;

describe('leaders’ instructions (批示)', () => {
  const context = useRunningApp();
  const leader = useSignedIn(context, 'linyou.leader');
  const office = useSignedIn(context, 'linyou.office');
  const xzsp = useSignedIn(context, 'linyou.xzsp');
  const fgj = useSignedIn(context, 'linyou.fgj');
  const meixianXzsp = useSignedIn(context, 'meixian.xzsp');
  const cityOffice = useSignedIn(context, 'baoji.office');
  // Task 2: led by 县行政审批服务局 with 县发改局 among its support departments.
  let taskId: number;
  // Task 1: led by 县行政审批服务局; 县发改局 is not on it.
  let otherTaskId: number;

  beforeAll(async () => {
    taskId = (await findTask(office, '2')).id;
    otherTaskId = (await findTask(office, '1')).id;
  });

  const instruct = (client: SignedInClient, text: unknown, id = taskId) =>
    client.post<Answer>(`/api/tasks/${id}/instructions`, { text });
  const acknowledge = (client: SignedInClient, id: number) =>
    client.post<Answer>(`/api/instructions/${id}/acknowledge`);
  const instructionsOf = async (client: SignedInClient, id = taskId) => {
    const result = await client.get<InstructionResponse[]>(`/api/tasks/${id}/instructions`);
    expect(result.status).toBe(200);
    return result.body;
  };

  it('a leader instructs on a task: every department on it must acknowledge and is notified', async () => {
    const task = await findTask(office, '2');
    const departments = [...task.leadDepartments, ...task.supportDepartments];

    const result = await instruct(leader, '请加快推进，月底前报送进展');

    expect(result.status, JSON.stringify(result.body)).toBe(201);
    expect(result.body).toMatchObject({
      taskId,
      noticeId: null,
      author: { id: leader.user.id, displayName: '闫秉云' },
      text: '请加快推进，月底前报送进展',
    });
    expect(result.body.acknowledgements.map((ack) => ack.department.id)).toEqual(
      departments.map((department) => department.id),
    );
    expect(result.body.acknowledgements.every((ack) => ack.acknowledgedAt === null)).toBe(true);
    expect((await getEvents(office, taskId))[0]).toMatchObject({
      type: 'instruction_written',
      actor: { id: leader.user.id },
      after: { instructionId: result.body.id },
    });
    for (const client of [xzsp, fgj]) {
      const inbox = await client.get<NotificationListResponse>('/api/notifications');
      expect(inbox.body.items).toContainEqual(
        expect.objectContaining({ kind: 'leader_instruction', link: `/tasks/${taskId}` }),
      );
    }
    const elsewhere = await meixianXzsp.get<NotificationListResponse>('/api/notifications');
    expect(elsewhere.body.items.filter((item) => item.kind === 'leader_instruction')).toEqual([]);
  });

  it('each concerned department acknowledges once; the list shows who and when', async () => {
    const [instruction] = await instructionsOf(xzsp);
    const withFields = await xzsp.post<Answer>(`/api/instructions/${instruction!.id}/acknowledge`, {
      read: true,
    });
    expect(withFields.status).toBe(400);
    expect((await instructionsOf(xzsp))[0]!.acknowledgements.every((a) => !a.acknowledgedAt)).toBe(
      true,
    );

    const first = await acknowledge(xzsp, instruction!.id);
    const twice = await acknowledge(xzsp, instruction!.id);
    const support = await acknowledge(fgj, instruction!.id);

    expect(first.status).toBe(200);
    expect(first.body.acknowledgements.filter((a) => a.acknowledgedAt !== null)).toHaveLength(1);
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('INSTRUCTION_ALREADY_ACKNOWLEDGED');
    expectChinese(twice.body.message);
    expect(support.status).toBe(200);
    const [listed] = await instructionsOf(leader);
    const ackOf = (name: string) =>
      listed!.acknowledgements.find((a) => a.department.name === name);
    expect(ackOf('县行政审批服务局')).toMatchObject({
      acknowledgedBy: { id: xzsp.user.id, displayName: '县行政审批服务局' },
      acknowledgedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(ackOf('县发改局')?.acknowledgedBy?.id).toBe(fgj.user.id);
    expect(listed!.acknowledgements.filter((a) => a.acknowledgedAt !== null)).toHaveLength(2);
    expect((await getEvents(office, taskId))[0]).toMatchObject({
      type: 'instruction_acknowledged',
      actor: { id: fgj.user.id },
    });
  });

  it('only a concerned department acknowledges: office 403, another county 404', async () => {
    const [instruction] = await instructionsOf(office);

    expect((await acknowledge(office, instruction!.id)).status).toBe(403);
    expect((await acknowledge(leader, instruction!.id)).status).toBe(403);
    const foreign = await acknowledge(meixianXzsp, instruction!.id);
    expect(foreign.status).toBe(404);
    expect(foreign.body.code).toBe('INSTRUCTION_NOT_FOUND');
    expect((await acknowledge(xzsp, 99_999_999)).status).toBe(404);
  });

  it('a department that joined the task after the instruction is not concerned by it (403)', async () => {
    const instruction = await instruct(leader, '请县行政审批服务局牵头落实', otherTaskId);
    expect(instruction.status).toBe(201);
    expect((await acknowledge(fgj, instruction.body.id)).status).toBe(404);
    const lead = await findDepartment(office, '县行政审批服务局');
    const support = await findDepartment(office, '县发改局');
    const asked = await xzsp.post<ChangeRequestResponse>(
      `/api/tasks/${otherTaskId}/change-requests`,
      {
        kind: 'adjustment',
        reason: '需县发改局配合',
        proposedLeadDepartmentIds: [lead.id],
        proposedSupportDepartmentIds: [support.id],
      },
    );
    await office.post(`/api/change-requests/${asked.body.id}/approve`, { version: 1 });

    const result = await acknowledge(fgj, instruction.body.id);

    expect(result.status).toBe(403);
    expect(result.body.code).toBe('NOT_CONCERNED_DEPARTMENT');
    expect((await instructionsOf(fgj, otherTaskId)).map((i) => i.id)).toContain(
      instruction.body.id,
    );
  });

  describe('who writes', () => {
    it('not the office nor a department (403)', async () => {
      expect((await instruct(office, '请落实')).status).toBe(403);
      expect((await instruct(xzsp, '请落实')).status).toBe(403);
    });

    it("a leader on another county's task gets 404", async () => {
      const meixianTask = await findTask(cityOffice, '1', MEIXIAN, 'meixian-2024');
      const result = await instruct(leader, '请落实', meixianTask.id);
      expect(result.status).toBe(404);
      expect(result.body.code).toBe('TASK_NOT_FOUND');
    });

    it('a city leader reads the county’s instructions but instructs through the county (403)', async () => {
      const created = await cityOffice.post('/api/users', {
        username: 'baoji.leader',
        displayName: '宝鸡市领导',
        role: 'leader',
        departmentId: null,
        initialPassword: 'Chushi@Mima2026',
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const first = await signIn(context.api.baseUrl, 'baoji.leader', 'Chushi@Mima2026');
      const changed = await first.post('/api/auth/password', {
        currentPassword: 'Chushi@Mima2026',
        newPassword: 'Xin@Mima2026abc',
      });
      expect(changed.status, JSON.stringify(changed.body)).toBeLessThan(300);
      const cityLeader = await signIn(context.api.baseUrl, 'baoji.leader', 'Xin@Mima2026abc');
      const before = await instructionsOf(cityLeader);

      const result = await instruct(cityLeader, '市领导批示');

      expect(result.status).toBe(403);
      expect(result.body.code).toBe('LEADER_OF_JURISDICTION_ONLY');
      expectChinese(result.body.message);
      expect(await instructionsOf(cityLeader)).toEqual(before);
    });
  });

  it.each([
    ['no text', undefined],
    ['blank text', '  '],
    ['a number', 12],
    ['too long a text', '批'.repeat(2001)],
  ])('%s → 400 with a Chinese message, nothing written', async (_, text) => {
    const before = await instructionsOf(office);

    const result = await instruct(leader, text);

    expect(result.status).toBe(400);
    expect(result.body.code).toBe('VALIDATION_FAILED');
    expectChinese(result.body.details?.[0]?.message);
    expect(await instructionsOf(office)).toEqual(before);
  });

  it('an unknown field → 400', async () => {
    const result = await leader.post<Answer>(`/api/tasks/${taskId}/instructions`, {
      text: '请落实',
      urgent: true,
    });
    expect(result.status).toBe(400);
  });

  it('on a supervision notice: the notified department acknowledges, others do not see it', async () => {
    const department = await findDepartment(office, '县行政审批服务局');
    const notice = await office.post<NoticeResponse>('/api/notices', {
      departmentId: department.id,
      taskId,
      reason: '进度滞后',
      level: 'supervision',
      responseDue: '2030-12-31',
      issue: true,
    });
    expect(notice.status, JSON.stringify(notice.body)).toBe(201);

    const result = await leader.post<Answer>(`/api/notices/${notice.body.id}/instructions`, {
      text: '请限期整改',
    });

    expect(result.status, JSON.stringify(result.body)).toBe(201);
    expect(result.body).toMatchObject({ noticeId: notice.body.id, taskId: null });
    expect(result.body.acknowledgements.map((a) => a.department.id)).toEqual([department.id]);
    expect((await acknowledge(fgj, result.body.id)).status).toBe(404);
    expect((await acknowledge(xzsp, result.body.id)).status).toBe(200);
    const listed = await xzsp.get<InstructionResponse[]>(
      `/api/notices/${notice.body.id}/instructions`,
    );
    expect(listed.body[0]!.acknowledgements[0]!.acknowledgedBy?.id).toBe(xzsp.user.id);
    expect((await fgj.get(`/api/notices/${notice.body.id}/instructions`)).status).toBe(404);
  });
});
