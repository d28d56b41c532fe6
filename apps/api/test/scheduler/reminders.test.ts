import type { NoticeResponse, NotificationListResponse } from '@bizenv/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { findDepartment, findTask, LINYOU } from '../problems/fixtures.js';
import { useSignedIn } from '../support/auth.js';
import { useRunningApp } from '../support/test-app.js';
import { TEST_DB } from '../support/test-database.js';
import { autoNotices, freezeAt, generatedNotifications, runJobs } from './scheduler-fixtures.js';

describe(`scheduled reminders and missing-report drafts on ${TEST_DB}`, () => {
  const context = useRunningApp();
  const office = useSignedIn(context, 'linyou.office');
  const xzsp = useSignedIn(context, 'linyou.xzsp');
  let task2: number;
  let xzspId: number;
  let supportIds: number[];

  beforeAll(async () => {
    const task = await findTask(office, LINYOU, 'linyou-2021', '2');
    task2 = task.id;
    xzspId = (await findDepartment(office, LINYOU, '县行政审批服务局')).id;
    supportIds = task.supportDepartments.filter((d) => d.kind !== 'group').map((d) => d.id);
  });

  const deadlineReminders = async () =>
    (await generatedNotifications(context.api.app)).filter((row) =>
      row.dedupe_key.startsWith(`task-deadline:${task2}:`),
    );

  it('reminds the departments of a task 5 working days before its deadline, once each', async () => {
    // Task 2 is due Friday 2021-12-31: Thursday 12-23 is 6 working days before, Friday 12-24 is 5.
    freezeAt(context.api.app, '2021-12-23');
    await runJobs(context.api.app);
    expect(await deadlineReminders()).toEqual([]);

    freezeAt(context.api.app, '2021-12-24');
    const report = await runJobs(context.api.app);

    const reminders = await deadlineReminders();
    expect(report.taskDeadlineReminders).toBeGreaterThanOrEqual(reminders.length);
    expect(reminders.map((row) => row.recipient_department_id).sort()).toEqual(
      [xzspId, ...supportIds].sort(),
    );
    expect(reminders.every((row) => row.kind === 'task_deadline_reminder')).toBe(true);
    const inbox = await xzsp.get<NotificationListResponse>('/api/notifications');
    expect(inbox.body.items).toContainEqual(
      expect.objectContaining({
        kind: 'task_deadline_reminder',
        link: `/tasks/${task2}`,
        title: '任务将于 2021-12-31 到期',
      }),
    );

    // Again the same day and on the next working day: no second reminder.
    await runJobs(context.api.app);
    freezeAt(context.api.app, '2021-12-27');
    await runJobs(context.api.app);
    expect(await deadlineReminders()).toHaveLength(reminders.length);
  });

  it('reminds departments with reports still due 3 working days before the due day', async () => {
    const dueReminders = async () =>
      (await generatedNotifications(context.api.app)).filter((row) =>
        row.dedupe_key.startsWith(`report-due:${LINYOU}:2022-03:`),
      );
    // March 2022 reports are due Monday 03-21 (the 20th is a Sunday): Wednesday 03-16 opens the window.
    freezeAt(context.api.app, '2022-03-15');
    await runJobs(context.api.app);
    expect(await dueReminders()).toEqual([]);

    freezeAt(context.api.app, '2022-03-16');
    await runJobs(context.api.app);
    const reminders = await dueReminders();
    expect(reminders.map((row) => row.recipient_department_id)).toContain(xzspId);
    expect(new Set(reminders.map((row) => row.recipient_department_id)).size).toBe(
      reminders.length,
    );
    const inbox = await xzsp.get<NotificationListResponse>('/api/notifications');
    expect(inbox.body.items).toContainEqual(
      expect.objectContaining({
        kind: 'report_due_reminder',
        title: '请于 2022-03-21 前报送 2022-03 月度进展',
      }),
    );

    freezeAt(context.api.app, '2022-03-21');
    await runJobs(context.api.app);
    expect(await dueReminders()).toHaveLength(reminders.length);
  });

  it('drafts one reminder notice per department whose reports of the last period are missing', async () => {
    const missing = async () =>
      (await autoNotices(context.api.app)).filter((row) =>
        row.dedupe_key.startsWith(`missing-report:${LINYOU}:2022-03:`),
      );
    // On the due day itself nothing is missing yet.
    expect(await missing()).toEqual([]);

    freezeAt(context.api.app, '2022-03-22');
    await runJobs(context.api.app);

    const drafts = await missing();
    expect(drafts).toContainEqual(
      expect.objectContaining({
        dedupe_key: `missing-report:${LINYOU}:2022-03:d${xzspId}`,
        origin: 'auto_missing_report',
        level: 'reminder',
        status: 'draft',
        department_id: xzspId,
      }),
    );
    expect(new Set(drafts.map((row) => row.department_id)).size).toBe(drafts.length);
    const list = await office.get<NoticeResponse[]>(
      `/api/notices?status=draft&departmentId=${xzspId}`,
    );
    const notice = list.body.find(
      (row) => row.origin === 'auto_missing_report' && row.reason.includes('2022-03'),
    );
    expect(notice?.reason).toContain('2022-03-21');

    await runJobs(context.api.app);
    expect(await missing()).toHaveLength(drafts.length);
  });
});
