import type {
  DashboardReportListResponse,
  DashboardTaskListResponse,
  JurisdictionDashboardResponse,
  RollupResponse,
} from '@bizenv/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { Clock } from '../../src/common/clock.js';
import { useSignedIn } from '../support/auth.js';
import { useRunningApp } from '../support/test-app.js';
import { buildScenario, SCENARIO, type ScenarioIds } from './scenario.js';

const path = `/api/dashboards/jurisdictions/${SCENARIO}`;

describe('dashboard figures of a hand-built county, today and in the past', () => {
  const context = useRunningApp();
  let ids: ScenarioIds;
  beforeAll(async () => {
    // Before anyone signs in: the access policy reads the jurisdiction tree once.
    ids = await buildScenario(context.api);
    context.api.app.get(Clock).set(new Date('2025-07-15T10:00:00+08:00'));
  });
  const city = useSignedIn(context, 'baoji.office');

  it('counts tasks, overdue and due-soon work today', async () => {
    const { status, body } = await city.get<JurisdictionDashboardResponse>(path);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      asOf: '2025-07-15',
      today: '2025-07-15',
      reportPeriod: '2025-07',
    });
    expect(body.reportDueDate).toBe('2025-07-21');
    expect(body.totals).toEqual({
      total: 4,
      byStatus: {
        not_started: 1,
        in_progress: 1,
        done_pending_closure: 0,
        closed: 1,
        suspended: 1,
      },
      completed: 1,
      completionRate: 1 / 3,
      // Latest counted lead reports: T1 100 (June), T2 60 (July), T3 0 (June).
      averageCompletionPercent: 53.3,
      overdue: 1,
      dueSoon: 1,
    });
    expect(body.overdueTasks.map((task) => [task.id, task.workingDaysOverdue])).toEqual([
      [ids.t2, 11],
    ]);
    expect(body.overdueTasks[0]!.leadDepartments.map((d) => d.name)).toEqual(['县甲局']);
    expect(body.overdueTasks[0]!.leaders.map((l) => l.name)).toEqual(['张三']);
    expect(body.dueSoonTasks.map((task) => [task.id, task.workingDaysLeft])).toEqual([[ids.t3, 8]]);
    expect(body.openProblems).toBe(1);
    expect(body.openNotices).toBe(1);
  });

  it('rates departments on completion, reports, notices and problems', async () => {
    const { body } = await city.get<JurisdictionDashboardResponse>(path);
    const byName = new Map(body.departments.map((row) => [row.name, row]));
    expect([...byName.keys()].sort()).toEqual(['县乙局', '县甲局']);
    expect(byName.get('县甲局')).toEqual({
      id: ids.a,
      name: '县甲局',
      tasksLed: 2,
      tasksSupported: 0,
      completedOnTime: 1,
      dueOrCompleted: 2,
      onTimeCompletionRate: 0.5,
      overdue: 1,
      reports: {
        expected: 1,
        onTime: 1,
        late: 0,
        missing: 0,
        pending: 0,
        submissionRate: 1,
        lateRate: 0,
      },
      openNotices: 1,
      openProblems: 0,
    });
    expect(byName.get('县乙局')).toEqual({
      id: ids.b,
      name: '县乙局',
      tasksLed: 2,
      tasksSupported: 1,
      completedOnTime: 0,
      dueOrCompleted: 0,
      onTimeCompletionRate: null,
      overdue: 0,
      reports: {
        expected: 1,
        onTime: 0,
        late: 0,
        missing: 0,
        pending: 1,
        submissionRate: null,
        lateRate: null,
      },
      openNotices: 0,
      openProblems: 1,
    });
  });

  it('judges targets by direction and shows indicators with their people', async () => {
    const { body } = await city.get<JurisdictionDashboardResponse>(path);
    expect(body.targets.map((t) => [t.id, t.latestActual, t.latestPeriod, t.verdict])).toEqual([
      [ids.target1, 65, '2025-06', 'met'],
      // ≤90 not reached (95) and the task is overdue.
      [ids.target2, 95, '2025-07', 'missed'],
    ]);
    expect(body.targets[1]!.trend).toEqual([
      { period: '2025-06', value: 100 },
      { period: '2025-07', value: 95 },
    ]);
    expect(body.targetSummary).toEqual({ met: 1, on_track: 0, missed: 1, no_data: 0 });
    const starting = body.indicators.find((row) => row.code === 'starting-business')!;
    expect(starting).toMatchObject({
      leadDepartments: [{ id: ids.a, name: '县甲局' }],
      leaders: [{ name: '张三' }],
      targetsTotal: 2,
      targetsMet: 1,
      openProblems: 0,
    });
    expect(starting.tasks).toMatchObject({
      total: 2,
      completed: 1,
      completionRate: 0.5,
      overdue: 1,
    });
    expect(body.indicators.find((row) => row.code === 'electricity')).toMatchObject({
      openProblems: 1,
      tasks: { total: 2, dueSoon: 1 },
    });
  });

  it('draws monthly trends of problems and completion', async () => {
    const { body } = await city.get<JurisdictionDashboardResponse>(path);
    expect(body.problemTrend).toHaveLength(12);
    expect(body.problemTrend.slice(-2)).toEqual([
      { period: '2025-06', opened: 1, rectified: 0 },
      { period: '2025-07', opened: 1, rectified: 1 },
    ]);
    expect(body.completionTrend.slice(-3)).toEqual([
      { period: '2025-05', completed: 0, completionRate: 0, averageReportedPercent: null },
      { period: '2025-06', completed: 1, completionRate: 1 / 3, averageReportedPercent: 46.7 },
      { period: '2025-07', completed: 1, completionRate: 1 / 3, averageReportedPercent: 60 },
    ]);
  });

  it('shows the state as it was on a past date, from the histories', async () => {
    const { body } = await city.get<JurisdictionDashboardResponse>(`${path}?asOf=2025-06-20`);
    expect(body).toMatchObject({
      asOf: '2025-06-20',
      reportPeriod: '2025-06',
      reportDueDate: '2025-06-20',
    });
    expect(body.totals).toEqual({
      total: 4,
      // T1 was 已完成 (not yet 已销号) that morning.
      byStatus: {
        not_started: 1,
        in_progress: 1,
        done_pending_closure: 1,
        closed: 0,
        suspended: 1,
      },
      completed: 1,
      completionRate: 1 / 3,
      // T2's June report came on 06-25: not yet counted.
      averageCompletionPercent: 50,
      overdue: 0,
      dueSoon: 1,
    });
    expect(body.dueSoonTasks.map((task) => task.id)).toEqual([ids.t2]);
    const a = body.departments.find((row) => row.id === ids.a)!;
    expect(a.reports).toMatchObject({ expected: 2, onTime: 1, pending: 1 });
    expect(a.openNotices).toBe(0);
    expect(body.targets.map((t) => t.verdict)).toEqual(['met', 'no_data']);
    expect(body.openProblems).toBe(1);
    expect(body.indicators.find((row) => row.code === 'electricity')!.openProblems).toBe(0);

    // A month means its last day.
    const june = await city.get<JurisdictionDashboardResponse>(`${path}?asOf=2025-06`);
    expect(june.body.asOf).toBe('2025-06-30');
  });

  it('reads closure requests and approvals as status changes', async () => {
    const tasks = (bucket: string, asOf: string) =>
      city
        .get<DashboardTaskListResponse>(`${path}/tasks?bucket=${bucket}&asOf=${asOf}`)
        .then((result) => result.body.items.map((item) => [item.id, item.status]));
    // T1's closure was requested on 06-20 and approved on 07-05 (closure_* events only).
    expect(await tasks('completed', '2025-06-19')).toEqual([]);
    expect(await tasks('completed', '2025-06-20')).toEqual([[ids.t1, 'done_pending_closure']]);
    expect(await tasks('status:closed', '2025-07-04')).toEqual([]);
    expect(await tasks('status:closed', '2025-07-05')).toEqual([[ids.t1, 'closed']]);
    const before = await city.get<JurisdictionDashboardResponse>(`${path}?asOf=2025-06-19`);
    expect(before.body.totals.completed).toBe(0);
    expect(before.body.totals.byStatus.in_progress).toBe(2);
    const a = (
      await city.get<JurisdictionDashboardResponse>(`${path}?asOf=2025-07-05`)
    ).body.departments.find((row) => row.id === ids.a)!;
    // Completed on 06-20, before its 06-30 deadline.
    expect(a).toMatchObject({ completedOnTime: 1, dueOrCompleted: 2 });
  });

  it('drills down to the tasks and reports behind the numbers', async () => {
    const tasks = (bucket: string, asOf = '') =>
      city
        .get<DashboardTaskListResponse>(`${path}/tasks?bucket=${encodeURIComponent(bucket)}${asOf}`)
        .then((result) => result.body.items.map((item) => item.id));
    expect(await tasks('overdue')).toEqual([ids.t2]);
    expect(await tasks('due_soon')).toEqual([ids.t3]);
    expect(await tasks('status:closed')).toEqual([ids.t1]);
    expect(await tasks('status:closed', '&asOf=2025-06-20')).toEqual([]);
    expect(await tasks('indicator:starting-business')).toEqual([ids.t1, ids.t2]);
    expect(await tasks(`department:${ids.b}`)).toEqual([ids.t1, ids.t3, ids.t4]);
    expect(await tasks(`department_overdue:${ids.a}`)).toEqual([ids.t2]);
    expect(await tasks('target_verdict:missed')).toEqual([ids.t2]);

    const reports = (query: string) =>
      city.get<DashboardReportListResponse>(
        `${path}/reports?asOf=2025-06-30&period=2025-06${query}`,
      );
    const all = await reports('');
    expect(all.body.dueDate).toBe('2025-06-20');
    expect(
      all.body.items
        .map((item) => `${item.taskId}/${item.departmentName}/${item.role}/${item.timeliness}`)
        .sort(),
    ).toEqual(
      [
        `${ids.t1}/县甲局/lead/on_time`,
        `${ids.t1}/县乙局/support/missing`,
        `${ids.t2}/县甲局/lead/late`,
        `${ids.t3}/县乙局/lead/on_time`,
      ].sort(),
    );
    const late = await reports('&state=late');
    expect(late.body.items.map((item) => item.taskId)).toEqual([ids.t2]);
    const ofB = await reports(`&department=${ids.b}&state=submitted`);
    expect(ofB.body.items.map((item) => item.taskId)).toEqual([ids.t3]);
  });

  it('ranks the scenario county beside the demo counties in the city roll-up', async () => {
    const { body } = await city.get<RollupResponse>(`/api/dashboards/jurisdictions/610300/rollup`);
    const row = body.rows.find((candidate) => candidate.jurisdiction.code === SCENARIO)!;
    expect(row.tasks.total).toBe(4);
    expect(row.reports).toEqual({
      expected: 2,
      onTime: 1,
      late: 0,
      missing: 0,
      pending: 1,
      submissionRate: 1,
      onTimeRate: 1,
    });
    expect(row).toMatchObject({ targetsTotal: 2, targetsMet: 1, openProblems: 1 });
    // 0.4·(1/3) + 0.2·(1 − 1/4) + 0.2·1 + 0.2·(1/2) = 0.583.
    expect(row.score).toBe(58.3);
  });
});
