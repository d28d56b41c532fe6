import type {
  ApiErrorBody,
  ReportDetailResponse,
  ReportListResponse,
  TaskDetailResponse,
  TaskEventResponse,
} from '@bizenv/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSignedIn } from '../support/auth.js';
import { useRunningApp } from '../support/test-app.js';
import { freezeChinaTime, linyouTask } from './reporting-fixtures.js';

/**
 * The monthly cycle on 麟游 task "1" (lead: 县行政审批服务局): draft → submit → return with a
 * reason → edit → resubmit → accept, after which the leader sees the task's completion.
 */
describe('the monthly report cycle', () => {
  const context = useRunningApp();
  const office = useSignedIn(context, 'linyou.office');
  const leader = useSignedIn(context, 'linyou.leader');
  const xzsp = useSignedIn(context, 'linyou.xzsp');
  const cityOffice = useSignedIn(context, 'baoji.office');
  const otherCounty = useSignedIn(context, 'meixian.office');
  let taskId: number;
  let reportId: number;
  let version: number;

  beforeAll(async () => {
    freezeChinaTime(context.api, '2025-07-10T10:00');
    taskId = (await linyouTask(office, '1')).id;
  });

  const path = () => `/api/tasks/${taskId}/reports/2025-07`;

  it('saves a draft that only the department sees', async () => {
    const saved = await xzsp.put<ReportDetailResponse>(path(), {
      workDone: '企业开办实现“一网通办”，全程网办率提升',
      problems: '部分银行开户环节仍需线下办理',
      nextSteps: '对接银行系统',
    });

    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      taskId,
      period: '2025-07',
      role: 'lead',
      status: 'draft',
      departmentName: '县行政审批服务局',
      completionPercent: null,
      // 2025-07-20 is a Sunday: due on Monday the 21st.
      dueDate: '2025-07-21',
      timeliness: 'pending',
      version: 1,
    });
    reportId = saved.body.id;
    version = saved.body.version;

    const inbox = await office.get<ReportListResponse>('/api/reports?period=2025-07');
    expect(inbox.status).toBe(200);
    expect(inbox.body.items.map((item) => item.id)).not.toContain(reportId);
    expect((await office.get(`/api/reports/${reportId}`)).status).toBe(404);
  });

  it('refuses to submit the lead report without a completion', async () => {
    const refused = await xzsp.post<ApiErrorBody>(`/api/reports/${reportId}/submit`, { version });

    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('COMPLETION_REQUIRED');
    expect(refused.body.message).toMatch(/完成进度/);
  });

  it('submits, after which the report is read-only for the department', async () => {
    const updated = await xzsp.put<ReportDetailResponse>(path(), {
      completionPercent: 40,
      version,
    });
    expect(updated.status).toBe(200);
    expect(updated.body.workDone).toContain('一网通办');
    expect(updated.body.version).toBe(version + 1);

    const submitted = await xzsp.post<ReportDetailResponse>(`/api/reports/${reportId}/submit`, {
      version: updated.body.version,
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('submitted');
    expect(submitted.body.timeliness).toBe('on_time');
    version = submitted.body.version;

    const edit = await xzsp.put<ApiErrorBody>(path(), { workDone: '改写', version });
    expect(edit.status).toBe(409);
    expect(edit.body.code).toBe('REPORT_ALREADY_SUBMITTED');
    const again = await xzsp.post<ApiErrorBody>(`/api/reports/${reportId}/submit`, { version });
    expect(again.body.code).toBe('REPORT_ALREADY_SUBMITTED');
    const unchanged = await xzsp.get<ReportDetailResponse>(`/api/reports/${reportId}`);
    expect(unchanged.body.workDone).toContain('一网通办');
    expect(unchanged.body.version).toBe(version);
  });

  it('shows the submitted report in the office inbox and to the city, never to another county', async () => {
    const inbox = await office.get<ReportListResponse>(
      '/api/reports?period=2025-07&status=submitted',
    );
    expect(inbox.body.items.map((item) => item.id)).toContain(reportId);
    expect(inbox.body.total).toBeGreaterThanOrEqual(1);

    expect((await cityOffice.get(`/api/reports/${reportId}`)).status).toBe(200);
    expect((await otherCounty.get(`/api/reports/${reportId}`)).status).toBe(404);
    const foreign = await otherCounty.get<ReportListResponse>('/api/reports?period=2025-07');
    expect(foreign.body.items.map((item) => item.id)).not.toContain(reportId);
  });

  it('lets only the office of the jurisdiction review', async () => {
    const byCity = await cityOffice.post<ApiErrorBody>(`/api/reports/${reportId}/accept`, {
      version,
    });
    expect(byCity.status).toBe(403);
    const byLeader = await leader.post<ApiErrorBody>(`/api/reports/${reportId}/accept`, {
      version,
    });
    expect(byLeader.status).toBe(403);
    const byDepartment = await xzsp.post<ApiErrorBody>(`/api/reports/${reportId}/return`, {
      reason: '自己退回',
      version,
    });
    expect(byDepartment.status).toBe(403);
  });

  it('returns with a reason, which is required', async () => {
    const noReason = await office.post<ApiErrorBody>(`/api/reports/${reportId}/return`, {
      reason: '   ',
      version,
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.code).toBe('VALIDATION_FAILED');

    const returned = await office.post<ReportDetailResponse>(`/api/reports/${reportId}/return`, {
      reason: '请补充银行开户环节的办理时限',
      version,
    });
    expect(returned.status).toBe(200);
    expect(returned.body.status).toBe('returned');
    expect(returned.body.returnReason).toBe('请补充银行开户环节的办理时限');
    version = returned.body.version;

    const seen = await xzsp.get<ReportDetailResponse>(`/api/reports/${reportId}`);
    expect(seen.body.events.map((event) => [event.kind, event.reason])).toEqual([
      ['submitted', null],
      ['returned', '请补充银行开户环节的办理时限'],
    ]);
  });

  it('takes the edit and the resubmission, then the acceptance', async () => {
    freezeChinaTime(context.api, '2025-07-25T09:00');
    const edited = await xzsp.put<ReportDetailResponse>(path(), {
      workDone: '企业开办一网通办；银行开户压缩至1个工作日',
      completionPercent: 60,
      version,
    });
    expect(edited.status).toBe(200);
    const resubmitted = await xzsp.post<ReportDetailResponse>(`/api/reports/${reportId}/submit`, {
      version: edited.body.version,
    });
    expect(resubmitted.status).toBe(200);
    // Lateness follows the first submission: the return was the office's doing.
    expect(resubmitted.body.timeliness).toBe('on_time');

    const stale = await office.post<ApiErrorBody>(`/api/reports/${reportId}/accept`, { version });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');

    const accepted = await office.post<ReportDetailResponse>(`/api/reports/${reportId}/accept`, {
      version: resubmitted.body.version,
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('accepted');
    expect(accepted.body.returnReason).toBeNull();
    expect(accepted.body.events.map((event) => event.kind)).toEqual([
      'submitted',
      'returned',
      'submitted',
      'accepted',
    ]);

    const twice = await office.post<ApiErrorBody>(`/api/reports/${reportId}/accept`, {
      version: accepted.body.version,
    });
    expect(twice.body.code).toBe('REPORT_NOT_SUBMITTED');
    const locked = await xzsp.put<ApiErrorBody>(path(), {
      workDone: 'x',
      version: accepted.body.version,
    });
    expect(locked.body.code).toBe('REPORT_ALREADY_ACCEPTED');
  });

  it('shows the leader the task’s new completion, and starts a task that had not started', async () => {
    const task = await leader.get<TaskDetailResponse>(`/api/tasks/${taskId}`);

    expect(task.status).toBe(200);
    expect(task.body.completionPercent).toBe(60);
    expect(task.body.status).toBe('in_progress');

    const history = await leader.get<TaskEventResponse[]>(`/api/tasks/${taskId}/events`);
    expect(history.body.find((event) => event.type === 'status_changed')).toMatchObject({
      fromStatus: 'not_started',
      toStatus: 'in_progress',
      reason: expect.stringContaining('2025-07'),
    });

    const timeline = await leader.get<ReportDetailResponse[]>(`/api/tasks/${taskId}/reports`);
    expect(
      timeline.body.map((report) => [report.period, report.status, report.completionPercent]),
    ).toEqual([['2025-07', 'accepted', 60]]);
  });

  it('keeps the completion of a later period when an older report is accepted afterwards', async () => {
    freezeChinaTime(context.api, '2025-08-05T09:00');
    const june = await xzsp.put<ReportDetailResponse>(`/api/tasks/${taskId}/reports/2025-06`, {
      workDone: '补报六月进展',
      completionPercent: 30,
    });
    const submitted = await xzsp.post<ReportDetailResponse>(`/api/reports/${june.body.id}/submit`, {
      version: june.body.version,
    });
    // June's report was due 2025-06-20 (a Friday) and came in on 08-05.
    expect(submitted.body.timeliness).toBe('late');
    await office.post(`/api/reports/${june.body.id}/accept`, { version: submitted.body.version });

    const task = await leader.get<TaskDetailResponse>(`/api/tasks/${taskId}`);
    expect(task.body.completionPercent).toBe(60);
  });
});
