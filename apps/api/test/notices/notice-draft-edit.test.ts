import type { NoticeDetailResponse, NoticeResponse } from '@bizenv/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { findDepartment, findTask, LINYOU, MEIXIAN } from '../problems/fixtures.js';
import { freezeAt, runJobs, sql } from '../scheduler/scheduler-fixtures.js';
import { useSignedIn } from '../support/auth.js';
import { useRunningApp } from '../support/test-app.js';
import { TEST_DB } from '../support/test-database.js';

describe(`editing supervision notice drafts on ${TEST_DB}`, () => {
  const context = useRunningApp();
  const office = useSignedIn(context, 'linyou.office');
  const leader = useSignedIn(context, 'linyou.leader');
  const xzsp = useSignedIn(context, 'linyou.xzsp');
  const meixian = useSignedIn(context, 'meixian.office');
  let taskId: number;
  let xzspId: number;
  let fgjId: number;
  let meixianDepartmentId: number;

  beforeAll(async () => {
    taskId = (await findTask(office, LINYOU, 'linyou-2021', '1')).id;
    xzspId = (await findDepartment(office, LINYOU, '县行政审批服务局')).id;
    fgjId = (await findDepartment(office, LINYOU, '县发改局')).id;
    meixianDepartmentId = (await findDepartment(meixian, MEIXIAN, '县发改局')).id;
  });

  const saveDraft = async (reason = '任务推进缓慢，请说明原因') => {
    const created = await office.post<NoticeDetailResponse>('/api/notices', {
      departmentId: xzspId,
      taskId,
      reason,
      level: 'reminder',
      responseDue: '2099-06-30',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.status).toBe('draft');
    return created.body;
  };

  const auditRows = async (id: number) =>
    sql<{ action: string; before_json: string | null; after_json: string | null }>(
      context.api.app,
      `SELECT "action", "before_json", "after_json" FROM "audit_log"
        WHERE "target_type" = 'supervision_notice' AND "target_id" = ? ORDER BY "id"`,
      [String(id)],
    );

  it('saves a draft, edits it again and again, then issues the edited text', async () => {
    const draft = await saveDraft();

    const edited = await office.patch<NoticeDetailResponse>(`/api/notices/${draft.id}`, {
      version: draft.version,
      reason: '  任务推进缓慢，请于期限前报送整改方案  ',
      level: 'supervision',
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body).toMatchObject({
      status: 'draft',
      reason: '任务推进缓慢，请于期限前报送整改方案',
      level: 'supervision',
      responseDue: '2099-06-30',
      department: { id: xzspId },
      version: draft.version + 1,
    });

    const readdressed = await office.patch<NoticeDetailResponse>(`/api/notices/${draft.id}`, {
      version: edited.body.version,
      departmentId: fgjId,
      responseDue: '2099-07-15',
    });
    expect(readdressed.status).toBe(200);
    expect(readdressed.body).toMatchObject({
      department: { id: fgjId },
      responseDue: '2099-07-15',
    });
    // Still only the office's: nobody else sees a draft, however often it is saved.
    expect((await leader.get(`/api/notices/${draft.id}`)).status).toBe(404);

    const rows = await auditRows(draft.id);
    expect(rows.map((row) => row.action)).toEqual([
      'notice.create',
      'notice.update',
      'notice.update',
    ]);
    expect(JSON.parse(rows[2]!.before_json!)).toMatchObject({
      departmentId: xzspId,
      responseDue: '2099-06-30',
    });

    const issued = await office.post<NoticeDetailResponse>(`/api/notices/${draft.id}/issue`, {
      version: readdressed.body.version,
    });
    expect(issued.status).toBe(200);
    expect(issued.body).toMatchObject({
      status: 'issued',
      reason: '任务推进缓慢，请于期限前报送整改方案',
      department: { id: fgjId },
    });
    expect(issued.body.events.map((event) => event.action)).toEqual(['drafted', 'issued']);
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const draft = await saveDraft('原稿');
    const first = await office.patch(`/api/notices/${draft.id}`, {
      version: draft.version,
      reason: '第一次修改',
    });
    expect(first.status).toBe(200);
    const stale = await office.patch(`/api/notices/${draft.id}`, {
      version: draft.version,
      reason: '基于旧版本的修改',
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT' });
    const now = await office.get<NoticeResponse>(`/api/notices/${draft.id}`);
    expect(now.body).toMatchObject({ reason: '第一次修改', version: draft.version + 1 });
  });

  it('edits drafts only: an issued notice answers 409', async () => {
    const draft = await saveDraft('将要下发');
    await office.post(`/api/notices/${draft.id}/issue`, { version: draft.version });
    const refused = await office.patch(`/api/notices/${draft.id}`, {
      version: draft.version + 1,
      reason: '下发后再改',
    });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'NOTICE_NOT_EDITABLE' });
  });

  it('lets only the office of the jurisdiction edit, with valid fields', async () => {
    const draft = await saveDraft('权限检查');
    const body = { version: draft.version, reason: '越权修改' };
    expect((await leader.patch(`/api/notices/${draft.id}`, body)).status).toBe(403);
    expect((await xzsp.patch(`/api/notices/${draft.id}`, body)).status).toBe(403);
    expect((await meixian.patch(`/api/notices/${draft.id}`, body)).status).toBe(404);

    const foreignDepartment = await office.patch(`/api/notices/${draft.id}`, {
      version: draft.version,
      departmentId: meixianDepartmentId,
    });
    expect(foreignDepartment.status).toBe(400);
    expect(foreignDepartment.body).toMatchObject({ code: 'NOTICE_DEPARTMENT_INVALID' });
    const past = await office.patch(`/api/notices/${draft.id}`, {
      version: draft.version,
      responseDue: '2000-01-01',
    });
    expect(past.body).toMatchObject({ code: 'NOTICE_DUE_DATE_INVALID' });
    const blank = await office.patch(`/api/notices/${draft.id}`, {
      version: draft.version,
      reason: '   ',
    });
    expect(blank.status).toBe(400);
    const unknown = await office.patch(`/api/notices/${draft.id}`, {
      version: draft.version,
      status: 'issued',
    });
    expect(unknown.status).toBe(400);
    const noVersion = await office.patch(`/api/notices/${draft.id}`, { reason: '无版本号' });
    expect(noVersion.status).toBe(400);

    const unchanged = await office.get<NoticeResponse>(`/api/notices/${draft.id}`);
    expect(unchanged.body).toMatchObject({ reason: '权限检查', version: draft.version });
  });

  it('edits a draft the scheduler made, then issues it', async () => {
    // Task 2 is due 2021-12-31: overdue on the next working day, so the scheduler drafts.
    freezeAt(context.api.app, '2022-01-05');
    await runJobs(context.api.app);
    const drafts = await office.get<NoticeResponse[]>('/api/notices?status=draft');
    const auto = drafts.body.find((notice) => notice.origin === 'auto_overdue_task');
    expect(auto).toBeDefined();

    const edited = await office.patch<NoticeDetailResponse>(`/api/notices/${auto!.id}`, {
      version: auto!.version,
      reason: '经核实任务已逾期，请说明原因并明确完成时限',
      responseDue: '2022-01-14',
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body).toMatchObject({
      origin: 'auto_overdue_task',
      status: 'draft',
      reason: '经核实任务已逾期，请说明原因并明确完成时限',
      responseDue: '2022-01-14',
    });
    const issued = await office.post<NoticeDetailResponse>(`/api/notices/${auto!.id}/issue`, {
      version: edited.body.version,
    });
    expect(issued.status).toBe(200);
    expect(issued.body.status).toBe('issued');
  });
});
