import type { ProblemDetailResponse, ProblemResponse } from '@bizenv/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSignedIn } from '../support/auth.js';
import { useRunningApp } from '../support/test-app.js';
import { TEST_DB } from '../support/test-database.js';
import { createProblem, findDepartment, findTask, LINYOU, uploadPdf } from './fixtures.js';

describe(`problem lifecycle on ${TEST_DB}`, () => {
  const context = useRunningApp();
  const office = useSignedIn(context, 'linyou.office');
  const xzsp = useSignedIn(context, 'linyou.xzsp');
  const fgj = useSignedIn(context, 'linyou.fgj');
  const leader = useSignedIn(context, 'linyou.leader');
  let taskId: number;
  let xzspId: number;

  beforeAll(async () => {
    taskId = (await findTask(office, LINYOU, 'linyou-2021', '1')).id;
    xzspId = (await findDepartment(office, LINYOU, '县行政审批服务局')).id;
  });

  it('goes 整改中 → 已整改 (owner, with measure and evidence) → 已销号 (office)', async () => {
    const created = await createProblem(office, {
      taskId,
      source: 'evaluation',
      description: '企业开办全程网办率未达到60%',
      ownerDepartmentId: xzspId,
      deadline: '2021-09-30',
    });
    expect(created).toMatchObject({
      status: 'rectifying',
      jurisdictionCode: LINYOU,
      task: { id: taskId, code: '1' },
      indicator: null,
      ownerDepartment: { id: xzspId, name: '县行政审批服务局' },
      measure: null,
      version: 1,
    });
    expect(created.events.map((event) => event.action)).toEqual(['created']);

    // The owner department sees it among its notifications and its problems.
    const inbox = await xzsp.get<{ items: { kind: string; link: string }[] }>('/api/notifications');
    expect(inbox.body.items).toContainEqual(
      expect.objectContaining({ kind: 'problem_assigned', link: `/problems/${created.id}` }),
    );

    const evidence = await uploadPdf(xzsp, context.api.baseUrl);
    const updated = await xzsp.patch<ProblemDetailResponse>(`/api/problems/${created.id}`, {
      version: created.version,
      measure: '推行企业开办“一窗通办”，压缩办理环节',
      attachmentIds: [evidence],
      status: 'rectified',
    });
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    expect(updated.body).toMatchObject({
      status: 'rectified',
      measure: '推行企业开办“一窗通办”，压缩办理环节',
      version: 2,
    });
    expect(updated.body.rectifiedAt).not.toBeNull();
    expect(updated.body.attachments.map((file) => file.id)).toEqual([evidence]);
    expect(updated.body.events.map((event) => event.action)).toEqual(['created', 'rectified']);

    // Whoever may read the problem may download its evidence.
    const download = await leader.get(`/api/attachments/${evidence}/download`);
    expect(download.status).toBe(200);

    const closed = await office.post<ProblemDetailResponse>(`/api/problems/${created.id}/close`, {
      version: 2,
      reason: '整改到位',
    });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body).toMatchObject({
      status: 'closed',
      closedByUserId: office.user.id,
      version: 3,
    });
    expect(closed.body.events.at(-1)).toMatchObject({ action: 'closed', reason: '整改到位' });

    // Closed is final: no more edits.
    const late = await xzsp.patch(`/api/problems/${created.id}`, { version: 3, measure: '再补充' });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: 'PROBLEM_CLOSED' });
  });

  it('is closed only once rectified, by the office only', async () => {
    const problem = await createProblem(office, {
      taskId,
      source: 'hotline',
      description: '12345热线反映办事材料重复提交',
      ownerDepartmentId: xzspId,
      deadline: '2021-10-31',
    });

    const early = await office.post(`/api/problems/${problem.id}/close`, { version: 1 });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'PROBLEM_NOT_RECTIFIED' });

    const byDepartment = await xzsp.post(`/api/problems/${problem.id}/close`, { version: 1 });
    expect(byDepartment.status).toBe(403);
    const byLeader = await leader.post(`/api/problems/${problem.id}/close`, { version: 1 });
    expect(byLeader.status).toBe(403);

    // Rectified needs a measure first.
    const noMeasure = await xzsp.patch(`/api/problems/${problem.id}`, {
      version: 1,
      status: 'rectified',
    });
    expect(noMeasure.status).toBe(400);
    expect(noMeasure.body).toMatchObject({ code: 'PROBLEM_MEASURE_REQUIRED' });

    const after = await office.get<ProblemDetailResponse>(`/api/problems/${problem.id}`);
    expect(after.body).toMatchObject({ status: 'rectifying', version: 1 });
  });

  it('lets the office send a rectified problem back, and refuses a stale version', async () => {
    const problem = await createProblem(office, {
      taskId,
      source: 'supervision',
      description: '窗口服务标准不统一',
      measure: '统一窗口服务规范',
      ownerDepartmentId: xzspId,
      deadline: '2021-11-30',
    });
    const rectified = await xzsp.patch<ProblemDetailResponse>(`/api/problems/${problem.id}`, {
      version: 1,
      status: 'rectified',
    });
    expect(rectified.status).toBe(200);

    const stale = await office.patch(`/api/problems/${problem.id}`, {
      version: 1,
      status: 'rectifying',
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT' });

    const back = await office.patch<ProblemDetailResponse>(`/api/problems/${problem.id}`, {
      version: 2,
      status: 'rectifying',
      reason: '佐证不足',
      deadline: '2021-12-15',
    });
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({
      status: 'rectifying',
      rectifiedAt: null,
      deadline: '2021-12-15',
    });
    expect(back.body.events.at(-1)).toMatchObject({ action: 'reopened', reason: '佐证不足' });
  });

  it('lets a department register self-found problems on its own tasks only', async () => {
    const own = await xzsp.post<ProblemDetailResponse>('/api/problems', {
      taskId,
      source: 'self_found',
      description: '自查：线上申报引导不足',
      ownerDepartmentId: xzspId,
      deadline: '2021-12-31',
    });
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    expect(own.body.createdByUserId).toBe(xzsp.user.id);

    const notSelfFound = await xzsp.post('/api/problems', {
      taskId,
      source: 'evaluation',
      description: '评价反馈',
      ownerDepartmentId: xzspId,
      deadline: '2021-12-31',
    });
    expect(notSelfFound.status).toBe(403);

    // 县发改局 is not on task 1: the task does not exist for it.
    const fgjId = (await findDepartment(office, LINYOU, '县发改局')).id;
    const notOnTask = await fgj.post('/api/problems', {
      taskId,
      source: 'self_found',
      description: '不是本部门的任务',
      ownerDepartmentId: fgjId,
      deadline: '2021-12-31',
    });
    expect(notOnTask.status).toBe(404);

    const asLeader = await leader.post('/api/problems', {
      taskId,
      source: 'evaluation',
      description: '领导不能登记',
      ownerDepartmentId: xzspId,
      deadline: '2021-12-31',
    });
    expect(asLeader.status).toBe(403);
  });

  it('registers indicator problems by the office, listed and filtered', async () => {
    const problem = await createProblem(office, {
      indicator: 'starting-business',
      source: 'evaluation',
      description: '开办企业环节仍多于4个',
      ownerDepartmentId: xzspId,
      deadline: '2021-12-31',
    });
    expect(problem).toMatchObject({
      task: null,
      indicator: 'starting-business',
      jurisdictionCode: LINYOU,
    });

    const byIndicator = await office.get<ProblemResponse[]>(
      '/api/problems?indicator=starting-business',
    );
    expect(byIndicator.body.map((row) => row.id)).toEqual([problem.id]);

    const rectifying = await leader.get<ProblemResponse[]>(
      `/api/problems?status=rectifying&departmentId=${xzspId}`,
    );
    expect(rectifying.status).toBe(200);
    expect(rectifying.body.length).toBeGreaterThan(0);
    expect(rectifying.body.every((row) => row.status === 'rectifying')).toBe(true);

    const ofTask = await leader.get<ProblemResponse[]>(`/api/tasks/${taskId}/problems`);
    expect(ofTask.body.length).toBeGreaterThan(0);
    expect(ofTask.body.every((row) => row.task?.id === taskId)).toBe(true);
    const filtered = await office.get<ProblemResponse[]>(`/api/problems?taskId=${taskId}`);
    expect(filtered.body.map((row) => row.id)).toEqual(ofTask.body.map((row) => row.id));
  });
});
