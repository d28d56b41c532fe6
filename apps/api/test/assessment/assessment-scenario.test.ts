import type {
  AssessmentResultsResponse,
  BulletinDetailResponse,
  DepartmentAssessmentScore,
  JurisdictionReportStatusResponse,
  TaskResponse,
} from '@bizenv/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSignedIn } from '../support/auth.js';
import { useRunningApp } from '../support/test-app.js';
import { TEST_DB } from '../support/test-database.js';
import {
  allTasks,
  departmentNamed,
  expectStatus,
  freezeChinaTime,
  issueNotice,
  LINYOU,
  requestClosure,
  submitReport,
} from './assessment-fixtures.js';

/**
 * 麟游县, year 2025, clock stopped at 2025-03-25 (Beijing): the reports of January–March are due
 * (the 20th, or the next working day). 县行政审批服务局 (xzsp):
 * - task A (it leads, with targets): January's report on time, February's late, March's with an
 *   actual missing the first target, accepted;
 * - task B (it leads, no dated deadline) and task C (it leads, deadline in 2021) completed on
 *   2025-03-10: one on time, one late;
 * - a 督办 issued on 2025-03-12 (counted), a 提醒 (not counted) and a 督办 issued on
 *   2024-12-31 23:30 Beijing time (last year: not counted);
 * - February's bulletin (通报) published, naming the departments with late or missing reports
 *   (counted), January's left as a draft (not counted).
 */
describe(`year-end assessment scenario on ${TEST_DB}`, () => {
  const context = useRunningApp();
  const office = useSignedIn(context, 'linyou.office');
  const xzsp = useSignedIn(context, 'linyou.xzsp');
  let xzspId: number;
  let taskA: TaskResponse;
  let expectedMissing: Map<number, number>;
  let expectedLate: Map<number, number>;
  let criticised: number[];

  const results = async () =>
    expectStatus(
      'results',
      await office.get<AssessmentResultsResponse>(
        `/api/jurisdictions/${LINYOU}/assessment/2025/results`,
      ),
      200,
    );
  const lineOf = (department: DepartmentAssessmentScore) =>
    Object.fromEntries(department.lines.map((line) => [line.kind, [line.count, line.points]]));

  beforeAll(async () => {
    freezeChinaTime(context.api, '2024-12-31T23:30');
    xzspId = (await departmentNamed(office, LINYOU, '县行政审批服务局')).id;
    const led = (await allTasks(office, LINYOU)).filter(
      (task) => task.status === 'not_started' && task.leadDepartments.some((d) => d.id === xzspId),
    );
    taskA = led.find((task) => task.targets.length > 0)!;
    const taskB = led.find((task) => task !== taskA && task.deadline.kind === 'ongoing')!;
    const taskC = led.find(
      (task) =>
        task !== taskA && task.deadline.kind === 'date' && task.deadline.date < '2025-01-01',
    )!;
    expect([taskA, taskB, taskC].every(Boolean)).toBe(true);

    await issueNotice(office, xzspId, taskA.id, 'supervision'); // 2024: not counted
    freezeChinaTime(context.api, '2025-01-15T10:00');
    await submitReport(xzsp, taskA, '2025-01', { meets: true });
    freezeChinaTime(context.api, '2025-02-25T10:00');
    await submitReport(xzsp, taskA, '2025-02', { meets: true });
    freezeChinaTime(context.api, '2025-03-10T10:00');
    await requestClosure(xzsp, context.api.baseUrl, taskB);
    await requestClosure(xzsp, context.api.baseUrl, taskC);
    freezeChinaTime(context.api, '2025-03-12T10:00');
    await issueNotice(office, xzspId, taskA.id, 'supervision');
    await issueNotice(office, xzspId, taskA.id, 'reminder');
    freezeChinaTime(context.api, '2025-03-18T10:00');
    const march = await submitReport(xzsp, taskA, '2025-03', { meets: false });
    expectStatus(
      'accept March',
      await office.post(`/api/reports/${march.id}/accept`, { version: march.version }),
      200,
    );
    freezeChinaTime(context.api, '2025-03-25T10:00');

    // Expected lateness independently, from the reports feature's own status page.
    expectedMissing = new Map();
    expectedLate = new Map();
    for (const period of ['2025-01', '2025-02', '2025-03']) {
      const status = expectStatus(
        `report status ${period}`,
        await office.get<JurisdictionReportStatusResponse>(
          `/api/jurisdictions/${LINYOU}/report-status?period=${period}`,
        ),
        200,
      );
      for (const department of status.departments) {
        const id = department.departmentId;
        expectedMissing.set(id, (expectedMissing.get(id) ?? 0) + department.missing);
        expectedLate.set(id, (expectedLate.get(id) ?? 0) + department.late);
      }
    }

    const generate = async (period: string) =>
      expectStatus(
        `bulletin ${period}`,
        await office.post<BulletinDetailResponse>(`/api/jurisdictions/${LINYOU}/bulletins`, {
          periodKind: 'month',
          period,
        }),
        201,
      );
    await generate('2025-01');
    const february = await generate('2025-02');
    const published = expectStatus(
      'publish bulletin',
      await office.post<BulletinDetailResponse>(`/api/bulletins/${february.id}/publish`, {
        version: february.version,
      }),
      200,
    );
    criticised = published.departments.map((d) => d.departmentId);
  });

  it('scores 县行政审批服务局 point by point under the default rules, raised to the floor', async () => {
    const table = await results();
    expect(table.asOf).toBe('2025-03-25');
    expect(table.rulesVersion).toBe(0);
    const row = table.departments.find((d) => d.departmentId === xzspId)!;
    const missing = expectedMissing.get(xzspId)!;
    expect(missing).toBeGreaterThan(150);
    expect(expectedLate.get(xzspId)).toBe(1);
    expect(criticised).toContain(xzspId);
    // 100 + 2 + 1 − 0.5 − missing − 2 − 1 − 3 is below 0: the floor (0) adds the difference.
    const unbounded = 96.5 - missing;
    expect(lineOf(row)).toEqual({
      base: [1, 100],
      on_time_completion: [1, 2],
      late_completion: [1, 1],
      late_report: [1, -0.5],
      missing_report: [missing, -missing],
      missed_target: [1, -2],
      supervision_notice: [1, -1],
      bulletin_criticism: [1, -3],
      bound: [1, -unbounded],
    });
    expect(row.unboundedScore).toBe(unbounded);
    expect(row.score).toBe(0);
  });

  it('counts late and missing reports of every department as the report-status page does', async () => {
    const table = await results();
    for (const department of table.departments) {
      const counts = lineOf(department);
      expect([
        department.departmentName,
        counts.missing_report![0],
        counts.late_report![0],
      ]).toEqual([
        department.departmentName,
        expectedMissing.get(department.departmentId) ?? 0,
        expectedLate.get(department.departmentId) ?? 0,
      ]);
    }
  });

  it('deducts per published 通报 naming the department, not for drafts', async () => {
    const table = await results();
    expect(criticised.length).toBeGreaterThan(0);
    for (const department of table.departments) {
      expect([department.departmentName, lineOf(department).bulletin_criticism]).toEqual([
        department.departmentName,
        criticised.includes(department.departmentId) ? [1, -3] : [0, 0],
      ]);
    }
  });

  it('ranks by score, ties sharing a rank', async () => {
    const { departments } = await results();
    departments.forEach((department, index) => {
      const previous = departments[index - 1];
      if (!previous) return expect(department.rank).toBe(1);
      expect(department.score).toBeLessThanOrEqual(previous.score);
      expect(department.rank).toBe(department.score === previous.score ? previous.rank : index + 1);
    });
  });
});
