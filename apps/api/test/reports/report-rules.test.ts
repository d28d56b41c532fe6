import type {
  ApiErrorBody,
  ReportDetailResponse,
  ReportListResponse,
  TaskResponse,
} from '@bizenv/shared';
import { DataSource } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { TaskEntity } from '../../src/tasks/task.entity.js';
import { useSignedIn } from '../support/auth.js';
import { useRunningApp } from '../support/test-app.js';
import { freezeChinaTime, linyouTask } from './reporting-fixtures.js';

/**
 * Who may report what. 麟游 task "2" (深化"证照分离"改革) is led by 县行政审批服务局 (linyou.xzsp)
 * and supported by 县发改局 (linyou.fgj); it has one target: ≥ 150 项.
 */
describe('report rules', () => {
  const context = useRunningApp();
  const office = useSignedIn(context, 'linyou.office');
  const xzsp = useSignedIn(context, 'linyou.xzsp');
  const fgj = useSignedIn(context, 'linyou.fgj');
  let task2: TaskResponse;
  let task1: TaskResponse;
  let otherTargetId: number;

  beforeAll(async () => {
    freezeChinaTime(context.api, '2025-07-10T10:00');
    task1 = await linyouTask(office, '1');
    task2 = await linyouTask(office, '2');
    // A target of some other task, which task 2's reports must not accept.
    const plans = await office.get<{ id: number }[]>('/api/jurisdictions/610329/plans');
    const trees = await Promise.all(
      plans.body.map((plan) => office.get<TaskResponse[]>(`/api/plans/${plan.id}/tasks`)),
    );
    const flat = trees.flatMap((tree) => tree.body.flatMap((task) => [task, ...task.children]));
    otherTargetId = flat.find((task) => task.id !== task2.id && task.targets.length > 0)!
      .targets[0]!.id;
  });

  it('lets a support department report its contribution, without target actuals', async () => {
    const withActuals = await fgj.put<ApiErrorBody>(`/api/tasks/${task2.id}/reports/2025-07`, {
      workDone: '配合梳理涉企经营许可事项',
      targetActuals: [{ targetId: task2.targets[0]!.id, value: 120 }],
    });
    expect(withActuals.status).toBe(400);
    expect(withActuals.body.code).toBe('TARGET_ACTUALS_LEAD_ONLY');

    const saved = await fgj.put<ReportDetailResponse>(`/api/tasks/${task2.id}/reports/2025-07`, {
      workDone: '配合梳理涉企经营许可事项',
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ role: 'support', departmentName: '县发改局' });

    // No completion needed from a support department.
    const submitted = await fgj.post<ReportDetailResponse>(`/api/reports/${saved.body.id}/submit`, {
      version: saved.body.version,
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('submitted');
  });

  it('checks the lead’s target actuals against the task’s targets', async () => {
    const path = `/api/tasks/${task2.id}/reports/2025-07`;
    const target = task2.targets[0]!;

    const foreign = await xzsp.put<ApiErrorBody>(path, {
      workDone: '取消审批、改为备案或告知承诺事项持续增加',
      completionPercent: 70,
      targetActuals: [{ targetId: otherTargetId, value: 1 }],
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.code).toBe('TARGET_NOT_ON_TASK');
    // Nothing was written by the refused save.
    expect((await xzsp.get<ReportListResponse>(`/api/reports?taskId=${task2.id}`)).body.total).toBe(
      0,
    );

    const wrongUnit = await xzsp.put<ApiErrorBody>(path, {
      targetActuals: [{ targetId: target.id, value: 130, unit: '个' }],
    });
    expect(wrongUnit.body.code).toBe('TARGET_UNIT_MISMATCH');

    const twice = await xzsp.put<ApiErrorBody>(path, {
      targetActuals: [
        { targetId: target.id, value: 130 },
        { targetId: target.id, value: 131 },
      ],
    });
    expect(twice.body.code).toBe('TARGET_ACTUAL_DUPLICATE');

    const draft = await xzsp.put<ReportDetailResponse>(path, {
      workDone: '取消审批、改为备案或告知承诺事项持续增加',
      completionPercent: 70,
    });
    const missing = await xzsp.post<ApiErrorBody>(`/api/reports/${draft.body.id}/submit`, {
      version: draft.body.version,
    });
    expect(missing.status).toBe(400);
    expect(missing.body.code).toBe('TARGET_ACTUAL_REQUIRED');
    expect(missing.body.message).toContain(target.metric);

    const complete = await xzsp.put<ReportDetailResponse>(path, {
      targetActuals: [{ targetId: target.id, value: 132.5, unit: target.unit }],
      version: draft.body.version,
    });
    expect(complete.body.targetActuals).toEqual([
      {
        targetId: target.id,
        metric: target.metric,
        comparator: target.comparator,
        targetValue: target.value,
        value: 132.5,
        unit: target.unit,
      },
    ]);
    const submitted = await xzsp.post<ReportDetailResponse>(
      `/api/reports/${draft.body.id}/submit`,
      {
        version: complete.body.version,
      },
    );
    expect(submitted.status).toBe(200);
  });

  it('shows each department its own reports only, the office both', async () => {
    const ofFgj = await fgj.get<ReportListResponse>(`/api/reports?taskId=${task2.id}`);
    expect(ofFgj.body.items.map((item) => item.departmentName)).toEqual(['县发改局']);
    const ofXzsp = await xzsp.get<ReportListResponse>(`/api/reports?taskId=${task2.id}`);
    expect(ofXzsp.body.items.map((item) => item.departmentName)).toEqual(['县行政审批服务局']);
    const timeline = await fgj.get<ReportDetailResponse[]>(`/api/tasks/${task2.id}/reports`);
    expect(timeline.body.map((report) => report.departmentName)).toEqual(['县发改局']);
    const leadReport = ofXzsp.body.items[0]!;
    expect((await fgj.get(`/api/reports/${leadReport.id}`)).status).toBe(404);

    const ofOffice = await office.get<ReportListResponse>(`/api/reports?taskId=${task2.id}`);
    expect(ofOffice.body.items.map((item) => item.role).sort()).toEqual(['lead', 'support']);
  });

  it('refuses departments not on the task, other roles, future periods and bad input', async () => {
    const notOnTask = await fgj.put<ApiErrorBody>(`/api/tasks/${task1.id}/reports/2025-07`, {
      workDone: 'x',
    });
    expect(notOnTask.status).toBe(404);
    expect(notOnTask.body.code).toBe('TASK_NOT_FOUND');

    const byOffice = await office.put<ApiErrorBody>(`/api/tasks/${task1.id}/reports/2025-07`, {
      workDone: 'x',
    });
    expect(byOffice.status).toBe(403);

    const future = await xzsp.put<ApiErrorBody>(`/api/tasks/${task1.id}/reports/2025-08`, {
      workDone: 'x',
    });
    expect(future.status).toBe(400);
    expect(future.body.code).toBe('PERIOD_IN_FUTURE');

    const badPeriod = await xzsp.put<ApiErrorBody>(`/api/tasks/${task1.id}/reports/2025-13`, {
      workDone: 'x',
    });
    expect(badPeriod.status).toBe(400);
    expect(badPeriod.body.code).toBe('VALIDATION_FAILED');

    const badCompletion = await xzsp.put<ApiErrorBody>(`/api/tasks/${task1.id}/reports/2025-07`, {
      completionPercent: 101,
    });
    expect(badCompletion.status).toBe(400);
    expect(badCompletion.body.details?.[0]?.field).toBe('completionPercent');

    const unknownField = await xzsp.put<ApiErrorBody>(`/api/tasks/${task1.id}/reports/2025-07`, {
      status: 'accepted',
    });
    expect(unknownField.status).toBe(400);

    const noVersion = await xzsp.put<ApiErrorBody>(`/api/tasks/${task2.id}/reports/2025-06`, {
      workDone: 'x',
      version: 3,
    });
    expect(noVersion.status).toBe(409);
    expect(noVersion.body.code).toBe('VERSION_CONFLICT');
    expect((await xzsp.get<ReportListResponse>(`/api/reports?period=2025-06`)).body.total).toBe(0);
  });

  it('lets one of two simultaneous first saves win, the other gets a version conflict', async () => {
    const path = `/api/tasks/${task1.id}/reports/2025-05`;
    const results = await Promise.all([
      xzsp.put<ReportDetailResponse>(path, { workDone: '甲' }),
      xzsp.put<ReportDetailResponse>(path, { workDone: '乙' }),
    ]);

    expect(results.map((result) => result.status).sort()).toEqual([200, 409]);
    const winner = results.find((result) => result.status === 200)!.body;
    const stale = await xzsp.put<ApiErrorBody>(path, {
      workDone: '丙',
      version: winner.version + 1,
    });
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    const kept = await xzsp.get<ReportDetailResponse>(`/api/reports/${winner.id}`);
    expect(kept.body).toMatchObject({ workDone: winner.workDone, version: winner.version });
  });

  it('takes no reports for closed or suspended tasks', async () => {
    const task3 = await linyouTask(office, '3');
    await context.api.app
      .get(DataSource)
      .createQueryBuilder()
      .update(TaskEntity)
      .set({ status: 'closed' })
      .where('id = :id', { id: task3.id })
      .execute();

    const refused = await xzsp.put<ApiErrorBody>(`/api/tasks/${task3.id}/reports/2025-07`, {
      workDone: 'x',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('TASK_NOT_OPEN');
  });
});
