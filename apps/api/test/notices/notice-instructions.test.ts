import type {
  InstructionResponse,
  NoticeDetailResponse,
  NotificationListResponse,
} from '@bizenv/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { findDepartment, LINYOU } from '../problems/fixtures.js';
import { useSignedIn } from '../support/auth.js';
import { useRunningApp } from '../support/test-app.js';
import { TEST_DB } from '../support/test-database.js';

describe(`leaders' instructions on supervision notices on ${TEST_DB}`, () => {
  const context = useRunningApp();
  const office = useSignedIn(context, 'linyou.office');
  const leader = useSignedIn(context, 'linyou.leader');
  const xzsp = useSignedIn(context, 'linyou.xzsp');
  const fgj = useSignedIn(context, 'linyou.fgj');
  let xzspId: number;

  beforeAll(async () => {
    xzspId = (await findDepartment(office, LINYOU, '县行政审批服务局')).id;
  });

  const notice = async (issue: boolean) => {
    const created = await office.post<NoticeDetailResponse>('/api/notices', {
      departmentId: xzspId,
      reason: '窗口办件超时，请说明原因',
      level: 'supervision',
      responseDue: '2099-03-31',
      issue,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body;
  };

  it('notifies the addressed department, which acknowledges; the office sees who and when', async () => {
    const { id } = await notice(true);
    const written = await leader.post<InstructionResponse>(`/api/notices/${id}/instructions`, {
      text: '请主要负责同志亲自督办，按期办结。',
    });
    expect(written.status, JSON.stringify(written.body)).toBe(201);
    expect(written.body).toMatchObject({
      noticeId: id,
      author: { id: leader.user.id },
      acknowledgements: [
        { department: { id: xzspId }, acknowledgedBy: null, acknowledgedAt: null },
      ],
    });

    const inbox = await xzsp.get<NotificationListResponse>('/api/notifications?unread=true');
    expect(inbox.body.items).toContainEqual(
      expect.objectContaining({
        kind: 'leader_instruction',
        link: `/notices/${id}`,
        departmentId: xzspId,
        body: '请主要负责同志亲自督办，按期办结。',
      }),
    );
    const others = await fgj.get<NotificationListResponse>('/api/notifications');
    expect(others.body.items.some((item) => item.link === `/notices/${id}`)).toBe(false);

    const acknowledged = await xzsp.post<InstructionResponse>(
      `/api/instructions/${written.body.id}/acknowledge`,
    );
    expect(acknowledged.status).toBe(200);
    const again = await xzsp.post(`/api/instructions/${written.body.id}/acknowledge`);
    expect(again.status).toBe(409);

    const seen = await office.get<InstructionResponse[]>(`/api/notices/${id}/instructions`);
    expect(seen.body).toHaveLength(1);
    expect(seen.body[0]!.acknowledgements[0]).toMatchObject({
      department: { id: xzspId },
      acknowledgedBy: { id: xzsp.user.id },
    });
    expect(seen.body[0]!.acknowledgements[0]!.acknowledgedAt).not.toBeNull();
  });

  it('takes instructions from leaders only, and on issued notices only', async () => {
    const issued = await notice(true);
    const body = { text: '抓紧办理' };
    expect((await office.post(`/api/notices/${issued.id}/instructions`, body)).status).toBe(403);
    expect((await xzsp.post(`/api/notices/${issued.id}/instructions`, body)).status).toBe(403);

    // A draft is the office's own work: it does not exist for a leader yet.
    const draft = await notice(false);
    expect((await leader.post(`/api/notices/${draft.id}/instructions`, body)).status).toBe(404);
    const listed = await office.get<InstructionResponse[]>(
      `/api/notices/${issued.id}/instructions`,
    );
    expect(listed.body).toEqual([]);
  });
});
