import type {
  ApiErrorBody,
  JurisdictionReportStatusResponse,
  JurisdictionSettingsResponse,
  MyReportObligationsResponse,
  ReportDetailResponse,
  TaskResponse,
} from '@bizenv/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { signIn, useSignedIn } from '../support/auth.js';
import { useRunningApp } from '../support/test-app.js';
import { freezeChinaTime, LINYOU, linyouTask } from './reporting-fixtures.js';

/**
 * Late and missing reports around the National Day break. With the due day set to the 1st,
 * October 2025's reports are due on 2025-10-09: 10-01 to 10-08 are off (国庆 and 中秋).
 */
describe('report status per department, computed with the calendar and the clock', () => {
  const context = useRunningApp();
  const office = useSignedIn(context, 'linyou.office');
  const xzsp = useSignedIn(context, 'linyou.xzsp');
  let task1: TaskResponse;
  let task2: TaskResponse;
  let xzspTaskCount: number;

  beforeAll(async () => {
    freezeChinaTime(context.api, '2025-09-30T10:00');
    task1 = await linyouTask(office, '1');
    task2 = await linyouTask(office, '2');
    // Expected independently of the report-status query: every open task (any level) of the
    // county's plans on which 县行政审批服务局 leads or supports.
    const plans = await office.get<{ id: number }[]>(`/api/jurisdictions/${LINYOU}/plans`);
    const trees = await Promise.all(
      plans.body.map((plan) => office.get<TaskResponse[]>(`/api/plans/${plan.id}/tasks`)),
    );
    const all = trees.flatMap((tree) => tree.body.flatMap((task) => [task, ...task.children]));
    xzspTaskCount = all.filter(
      (task) =>
        !['closed', 'suspended'].includes(task.status) &&
        [...task.leadDepartments, ...task.supportDepartments].some(
          (d) => d.name === '县行政审批服务局',
        ),
    ).length;
  });

  it('reads and writes the due day: the county office writes, others are refused', async () => {
    const defaults = await office.get<JurisdictionSettingsResponse>(
      `/api/jurisdictions/${LINYOU}/settings`,
    );
    expect(defaults.body).toEqual({
      jurisdictionCode: LINYOU,
      reportDueDay: 20,
      reminderWorkingDays: 3,
      version: 0,
    });

    const byDepartment = await xzsp.put<ApiErrorBody>(`/api/jurisdictions/${LINYOU}/settings`, {
      reportDueDay: 1,
      reminderWorkingDays: 3,
      version: 0,
    });
    expect(byDepartment.status).toBe(403);
    const city = await signInAs('baoji.office');
    expect(
      (
        await city.put(`/api/jurisdictions/${LINYOU}/settings`, {
          reportDueDay: 1,
          reminderWorkingDays: 3,
          version: 0,
        })
      ).status,
    ).toBe(403);
    const otherCounty = await signInAs('meixian.office');
    expect(
      (
        await otherCounty.put(`/api/jurisdictions/${LINYOU}/settings`, {
          reportDueDay: 1,
          reminderWorkingDays: 3,
          version: 0,
        })
      ).status,
    ).toBe(404);
    expect((await otherCounty.get(`/api/jurisdictions/${LINYOU}/settings`)).status).toBe(404);

    const tooLate = await office.put<ApiErrorBody>(`/api/jurisdictions/${LINYOU}/settings`, {
      reportDueDay: 29,
      reminderWorkingDays: 3,
      version: 0,
    });
    expect(tooLate.status).toBe(400);
    expect(tooLate.body.details?.[0]?.message).toMatch(/1–28/);

    const saved = await office.put<JurisdictionSettingsResponse>(
      `/api/jurisdictions/${LINYOU}/settings`,
      {
        reportDueDay: 1,
        reminderWorkingDays: 2,
        version: 0,
      },
    );
    expect(saved.body).toMatchObject({ reportDueDay: 1, reminderWorkingDays: 2, version: 1 });
    const stale = await office.put<ApiErrorBody>(`/api/jurisdictions/${LINYOU}/settings`, {
      reportDueDay: 5,
      reminderWorkingDays: 2,
      version: 0,
    });
    expect(stale.status).toBe(409);
    expect(
      (await xzsp.get<JurisdictionSettingsResponse>(`/api/jurisdictions/${LINYOU}/settings`)).body
        .reportDueDay,
    ).toBe(1);
  });

  it('counts a report submitted during the break as on time', async () => {
    freezeChinaTime(context.api, '2025-10-05T10:00');
    const report = await saveAndSubmit(task1.id);
    expect(report.dueDate).toBe('2025-10-09');
    expect(report.timeliness).toBe('on_time');
  });

  it('is still pending on the due date itself, late from the next day, and missing otherwise', async () => {
    freezeChinaTime(context.api, '2025-10-09T23:30');
    const onDueDate = await status();
    expect(onDueDate.dueDate).toBe('2025-10-09');
    expect(onDueDate.asOf).toBe('2025-10-09');
    const xzspOnDueDate = onDueDate.departments.find(
      (d) => d.departmentName === '县行政审批服务局',
    )!;
    expect(xzspOnDueDate).toMatchObject({
      expected: xzspTaskCount,
      onTime: 1,
      late: 0,
      missing: 0,
      pending: xzspTaskCount - 1,
    });

    // 00:30 on 10-10 in Beijing is still 10-09 in UTC: the China date decides.
    freezeChinaTime(context.api, '2025-10-10T00:30');
    const late = await saveAndSubmit(task2.id);
    expect(late.timeliness).toBe('late');

    const after = await status();
    const xzspAfter = after.departments.find((d) => d.departmentName === '县行政审批服务局')!;
    expect(xzspAfter).toMatchObject({
      expected: xzspTaskCount,
      onTime: 1,
      late: 1,
      missing: xzspTaskCount - 2,
      pending: 0,
    });
    expect(xzspAfter.obligations.find((o) => o.taskId === task1.id)).toMatchObject({
      timeliness: 'on_time',
      reportStatus: 'submitted',
      role: 'lead',
    });
    expect(xzspAfter.obligations.find((o) => o.taskId === task2.id)?.timeliness).toBe('late');
    // Every department on an open task is listed; nobody else has reported anything.
    const fgj = after.departments.find((d) => d.departmentName === '县发改局')!;
    expect(fgj.expected).toBeGreaterThan(0);
    expect(fgj.missing).toBe(fgj.expected);
    // Group pseudo-departments ("各镇各部门") owe nothing: nobody can report for them.
    expect(after.departments.map((d) => d.departmentName)).not.toContain('各镇各部门');

    const mine = await xzsp.get<MyReportObligationsResponse>(
      '/api/me/report-obligations?period=2025-10',
    );
    expect(mine.body.dueDate).toBe('2025-10-09');
    expect(mine.body.obligations).toHaveLength(xzspTaskCount);
    expect(mine.body.obligations.filter((o) => o.timeliness === 'missing')).toHaveLength(
      xzspTaskCount - 2,
    );
    const current = await xzsp.get<MyReportObligationsResponse>('/api/me/report-obligations');
    expect(current.body.period).toBe('2025-10');
  });

  it('is for the office, leaders and viewers, of readable jurisdictions, for past and current periods', async () => {
    expect(
      (await xzsp.get(`/api/jurisdictions/${LINYOU}/report-status?period=2025-10`)).status,
    ).toBe(403);
    const leader = await signInAs('linyou.leader');
    expect(
      (await leader.get(`/api/jurisdictions/${LINYOU}/report-status?period=2025-10`)).status,
    ).toBe(200);
    const viewer = await signInAs('baoji.viewer');
    expect(
      (await viewer.get(`/api/jurisdictions/${LINYOU}/report-status?period=2025-10`)).status,
    ).toBe(200);
    const otherCounty = await signInAs('meixian.office');
    expect(
      (await otherCounty.get(`/api/jurisdictions/${LINYOU}/report-status?period=2025-10`)).status,
    ).toBe(404);

    const future = await office.get<ApiErrorBody>(
      `/api/jurisdictions/${LINYOU}/report-status?period=2025-11`,
    );
    expect(future.body.code).toBe('PERIOD_IN_FUTURE');
    const malformed = await office.get<ApiErrorBody>(
      `/api/jurisdictions/${LINYOU}/report-status?period=2025-1`,
    );
    expect(malformed.status).toBe(400);
    expect((await office.get(`/api/jurisdictions/${LINYOU}/report-status`)).status).toBe(400);
  });

  async function status(): Promise<JurisdictionReportStatusResponse> {
    const result = await office.get<JurisdictionReportStatusResponse>(
      `/api/jurisdictions/${LINYOU}/report-status?period=2025-10`,
    );
    expect(result.status).toBe(200);
    return result.body;
  }

  async function saveAndSubmit(taskId: number): Promise<ReportDetailResponse> {
    const task = taskId === task2.id ? task2 : task1;
    const draft = await xzsp.put<ReportDetailResponse>(`/api/tasks/${taskId}/reports/2025-10`, {
      workDone: '十月工作进展',
      completionPercent: 50,
      targetActuals: task.targets.map((target) => ({ targetId: target.id, value: target.value })),
    });
    expect(draft.status).toBe(200);
    const submitted = await xzsp.post<ReportDetailResponse>(
      `/api/reports/${draft.body.id}/submit`,
      {
        version: draft.body.version,
      },
    );
    expect(submitted.status).toBe(200);
    return submitted.body;
  }

  function signInAs(username: string) {
    return signIn(context.api.baseUrl, username);
  }
});
