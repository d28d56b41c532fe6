import type {
  NoticeDetailResponse,
  NoticeResponse,
  NotificationListResponse,
} from '@bizenv/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { findDepartment, findTask, LINYOU } from '../problems/fixtures.js';
import { useSignedIn } from '../support/auth.js';
import { useRunningApp } from '../support/test-app.js';
import { TEST_DB } from '../support/test-database.js';

describe(`supervision notice lifecycle on ${TEST_DB}`, () => {
  const context = useRunningApp();
  const office = useSignedIn(context, 'linyou.office');
  const leader = useSignedIn(context, 'linyou.leader');
  const xzsp = useSignedIn(context, 'linyou.xzsp');
  const fgj = useSignedIn(context, 'linyou.fgj');
  let taskId: number;
  let xzspId: number;
  let fgjId: number;

  beforeAll(async () => {
    taskId = (await findTask(office, LINYOU, 'linyou-2021', '1')).id;
    xzspId = (await findDepartment(office, LINYOU, '县行政审批服务局')).id;
    fgjId = (await findDepartment(office, LINYOU, '县发改局')).id;
  });

  const draft = (body: Record<string, unknown> = {}) =>
    office.post<NoticeDetailResponse>('/api/notices', {
      departmentId: xzspId,
      taskId,
      reason: '任务推进缓慢，请说明原因并提出整改措施',
      level: 'supervision',
      responseDue: '2099-12-31',
      ...body,
    });

  it('goes draft → issued (department notified) → answered (issuer notified) → closed', async () => {
    const created = await draft();
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      origin: 'manual',
      department: { id: xzspId },
      task: { id: taskId, code: '1' },
      version: 1,
    });
    const id = created.body.id;

    // A draft is the office's business only.
    expect((await xzsp.get(`/api/notices/${id}`)).status).toBe(404);
    expect((await leader.get(`/api/notices/${id}`)).status).toBe(404);

    const issued = await office.post<NoticeDetailResponse>(`/api/notices/${id}/issue`, {
      version: 1,
      level: 'circular',
    });
    expect(issued.status, JSON.stringify(issued.body)).toBe(200);
    expect(issued.body).toMatchObject({
      status: 'issued',
      level: 'circular',
      issuedByUserId: office.user.id,
    });

    const inbox = await xzsp.get<NotificationListResponse>('/api/notifications?unread=true');
    const notification = inbox.body.items.find((item) => item.link === `/notices/${id}`);
    expect(notification).toMatchObject({
      kind: 'notice_issued',
      departmentId: xzspId,
      readAt: null,
    });
    // Addressed to the department, not to 县发改局.
    const other = await fgj.get<NotificationListResponse>('/api/notifications');
    expect(other.body.items.some((item) => item.link === `/notices/${id}`)).toBe(false);

    expect((await leader.get(`/api/notices/${id}`)).status).toBe(200);

    const wrongVersion = await xzsp.post(`/api/notices/${id}/answer`, {
      version: 1,
      response: '已整改',
    });
    expect(wrongVersion.status).toBe(409);
    const answered = await xzsp.post<NoticeDetailResponse>(`/api/notices/${id}/answer`, {
      version: 2,
      response: '已召开专题会，明确时间表，月底前完成',
    });
    expect(answered.status, JSON.stringify(answered.body)).toBe(200);
    expect(answered.body).toMatchObject({
      status: 'answered',
      answeredByUserId: xzsp.user.id,
      version: 3,
    });

    const officeInbox = await office.get<NotificationListResponse>('/api/notifications');
    expect(officeInbox.body.items).toContainEqual(
      expect.objectContaining({
        kind: 'notice_answered',
        link: `/notices/${id}`,
        departmentId: null,
      }),
    );

    const closed = await office.post<NoticeDetailResponse>(`/api/notices/${id}/close`, {
      version: 3,
      reason: '回复符合要求',
    });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', closedByUserId: office.user.id });
    expect(closed.body.events.map((event) => event.action)).toEqual([
      'drafted',
      'issued',
      'answered',
      'closed',
    ]);

    const again = await xzsp.post(`/api/notices/${id}/answer`, { version: 4, response: '补充' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'NOTICE_STATUS_INVALID' });
  });

  it('lets only the office issue and close, and only the addressed department answer', async () => {
    const created = await draft({ issue: true });
    expect(created.body.status).toBe('issued');
    const id = created.body.id;

    expect((await xzsp.post(`/api/notices/${id}/close`, { version: 1 })).status).toBe(403);
    expect((await leader.post(`/api/notices/${id}/close`, { version: 1 })).status).toBe(403);
    // 县发改局 cannot see a notice addressed to 县行政审批服务局.
    const foreign = await fgj.post(`/api/notices/${id}/answer`, {
      version: 1,
      response: '不是我们',
    });
    expect(foreign.status).toBe(404);
    expect(
      (await office.post(`/api/notices/${id}/answer`, { version: 1, response: 'x' })).status,
    ).toBe(403);
  });

  it('shows each department only its own notices; the leader only issued ones', async () => {
    await draft({ departmentId: fgjId, taskId: undefined, issue: true, reason: '发改局事项' });
    const draftOnly = await draft({ reason: '仅草稿' });

    const mine = await xzsp.get<NoticeResponse[]>('/api/notices');
    expect(mine.body.length).toBeGreaterThan(0);
    expect(mine.body.every((notice) => notice.department.id === xzspId)).toBe(true);
    expect(mine.body.every((notice) => notice.status !== 'draft')).toBe(true);

    const theirs = await fgj.get<NoticeResponse[]>('/api/notices');
    expect(theirs.body.map((notice) => notice.reason)).toEqual(['发改局事项']);

    const forLeader = await leader.get<NoticeResponse[]>('/api/notices');
    expect(forLeader.body.some((notice) => notice.id === draftOnly.body.id)).toBe(false);
    const drafts = await office.get<NoticeResponse[]>('/api/notices?status=draft');
    expect(drafts.body.map((notice) => notice.id)).toContain(draftOnly.body.id);

    const ofTask = await xzsp.get<NoticeResponse[]>(`/api/tasks/${taskId}/notices`);
    expect(ofTask.status).toBe(200);
    expect(
      ofTask.body.every((notice) => notice.task?.id === taskId && notice.status !== 'draft'),
    ).toBe(true);
  });

  it('discards drafts only', async () => {
    const created = await draft({ reason: '待放弃' });
    const id = created.body.id;
    expect((await office.del(`/api/notices/${id}`)).status).toBe(204);
    expect((await office.get(`/api/notices/${id}`)).status).toBe(404);
    const drafts = await office.get<NoticeResponse[]>('/api/notices?status=draft');
    expect(drafts.body.some((notice) => notice.id === id)).toBe(false);

    const issued = await draft({ issue: true });
    const refused = await office.del(`/api/notices/${issued.body.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'NOTICE_NOT_DRAFT' });
  });

  it('marks notifications read, one by one and all at once, per user', async () => {
    await draft({ issue: true, reason: '提醒一' });
    await draft({ issue: true, reason: '提醒二' });
    const before = await xzsp.get<NotificationListResponse>('/api/notifications?unread=true');
    expect(before.body.unreadCount).toBeGreaterThanOrEqual(2);
    const first = before.body.items[0]!;

    expect((await xzsp.post(`/api/notifications/${first.id}/read`)).status).toBe(204);
    const after = await xzsp.get<NotificationListResponse>('/api/notifications?unread=true');
    expect(after.body.unreadCount).toBe(before.body.unreadCount - 1);
    expect(after.body.items.some((item) => item.id === first.id)).toBe(false);
    const all = await xzsp.get<NotificationListResponse>('/api/notifications');
    expect(all.body.items.find((item) => item.id === first.id)?.readAt).not.toBeNull();

    // Someone else's notification does not exist for this user.
    expect((await fgj.post(`/api/notifications/${first.id}/read`)).status).toBe(404);
    expect((await xzsp.get('/api/notifications?unread=yes')).status).toBe(400);

    expect((await xzsp.post('/api/notifications/read-all')).status).toBe(204);
    const none = await xzsp.get<NotificationListResponse>('/api/notifications?unread=true');
    expect(none.body).toEqual({ items: [], unreadCount: 0 });
  });
});
