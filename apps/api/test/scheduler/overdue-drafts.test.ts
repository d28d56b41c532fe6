import {
  isTaskOverdue,
  type NoticeDetailResponse,
  type NoticeResponse,
  type NotificationListResponse,
  WorkingDayCalendar,
} from '@bizenv/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { findDepartment, findTask, LINYOU } from '../problems/fixtures.js';
import { useSignedIn } from '../support/auth.js';
import { useRunningApp } from '../support/test-app.js';
import { TEST_DB } from '../support/test-database.js';
import { autoNotices, freezeAt, runJobs, sql } from './scheduler-fixtures.js';

describe(`overdue task drafts on ${TEST_DB}`, () => {
  const context = useRunningApp();
  const office = useSignedIn(context, 'linyou.office');
  const xzsp = useSignedIn(context, 'linyou.xzsp');
  let task2: number;
  let xzspId: number;

  beforeAll(async () => {
    task2 = (await findTask(office, LINYOU, 'linyou-2021', '2')).id;
    xzspId = (await findDepartment(office, LINYOU, '县行政审批服务局')).id;
  });

  /** Ids of the tasks overdue on `today` by the shared rule, read straight from the database. */
  const overdueTaskIds = async (today: string) => {
    const rows = await sql<{
      id: number;
      status: string;
      deadline_kind: string;
      deadline_date: string | null;
    }>(context.api.app, `SELECT "id", "status", "deadline_kind", "deadline_date" FROM "task"`);
    const calendar = new WorkingDayCalendar();
    return new Set(
      rows
        .filter((row) =>
          isTaskOverdue(
            {
              status: row.status as never,
              deadlineKind: row.deadline_kind as never,
              deadlineDate: row.deadline_date,
            },
            today,
            calendar,
          ),
        )
        .map((row) => Number(row.id)),
    );
  };

  it('drafts nothing for a task whose (working-day adjusted) deadline has not passed', async () => {
    // Task 2 is due 2021-12-31 (年底前), a Friday: still on time that day.
    freezeAt(context.api.app, '2021-12-31');
    await runJobs(context.api.app);

    expect((await autoNotices(context.api.app)).some((row) => row.task_id === task2)).toBe(false);
  });

  it('drafts a supervision notice to each lead department of every overdue task, once', async () => {
    const overdueDrafts = async () =>
      (await autoNotices(context.api.app)).filter((row) => row.origin === 'auto_overdue_task');
    const before = (await overdueDrafts()).length;
    freezeAt(context.api.app, '2022-01-05');
    const first = await runJobs(context.api.app);

    const drafts = await overdueDrafts();
    expect(first.overdueTaskDrafts).toBeGreaterThan(0);
    expect(first.overdueTaskDrafts).toBe(drafts.length - before);
    expect(drafts).toContainEqual(
      expect.objectContaining({
        dedupe_key: `overdue-task:${task2}:2021-12-31:d${xzspId}`,
        status: 'draft',
        level: 'supervision',
        department_id: xzspId,
        task_id: task2,
        jurisdiction_code: LINYOU,
        // Three working days after Wednesday 2022-01-05.
        response_due: '2022-01-10',
      }),
    );
    const overdue = await overdueTaskIds('2022-01-05');
    expect(drafts.every((row) => overdue.has(row.task_id!))).toBe(true);
    // 37(2) is due 2021-06-30, led by 县民政局.
    const task37 = (await findTask(office, LINYOU, 'linyou-2021', '37(2)')).id;
    expect(drafts.some((row) => row.task_id === task37)).toBe(true);

    // The same day again, and a week later: nothing new.
    expect((await runJobs(context.api.app)).overdueTaskDrafts).toBe(0);
    freezeAt(context.api.app, '2022-01-12');
    expect((await runJobs(context.api.app)).overdueTaskDrafts).toBe(0);
    expect(await overdueDrafts()).toHaveLength(drafts.length);
  });

  it('shows drafts to the office only; issuing one notifies the department', async () => {
    const drafts = await office.get<NoticeResponse[]>(`/api/notices?status=draft&taskId=${task2}`);
    expect(drafts.status).toBe(200);
    const draft = drafts.body.find((notice) => notice.origin === 'auto_overdue_task')!;
    expect(draft).toMatchObject({ department: { id: xzspId }, task: { id: task2, code: '2' } });
    expect(draft.reason).toContain('2021-12-31');
    expect(
      (await xzsp.get<NoticeResponse[]>('/api/notices')).body.some((n) => n.id === draft.id),
    ).toBe(false);

    const issued = await office.post<NoticeDetailResponse>(`/api/notices/${draft.id}/issue`, {
      version: draft.version,
      responseDue: '2022-01-14',
    });
    expect(issued.status, JSON.stringify(issued.body)).toBe(200);
    expect(issued.body.events.map((event) => [event.action, event.actorUserId])).toEqual([
      ['drafted', null],
      ['issued', office.user.id],
    ]);
    const inbox = await xzsp.get<NotificationListResponse>('/api/notifications');
    expect(inbox.body.items.some((item) => item.link === `/notices/${draft.id}`)).toBe(true);
  });

  it('does not draft a discarded notice again', async () => {
    const before = await autoNotices(context.api.app);
    const victim = before.find(
      (row) => row.status === 'draft' && row.jurisdiction_code === LINYOU,
    )!;
    expect((await office.del(`/api/notices/${victim.id}`)).status).toBe(204);

    const report = await runJobs(context.api.app);

    expect(report.overdueTaskDrafts).toBe(0);
    expect(await autoNotices(context.api.app)).toHaveLength(before.length);
    expect((await office.get(`/api/notices/${victim.id}`)).status).toBe(404);
  });
});
