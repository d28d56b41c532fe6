import { DataSource } from 'typeorm';
import type { RunningApp } from '../support/test-app.js';

/**
 * A small county built by hand under 宝鸡市, so every dashboard figure can be checked exactly:
 * 测试县 (610399) with 县甲局 (A), 县乙局 (B) and the group 各镇各部门 (G), leader 张三 on
 * 开办企业, and four tasks:
 * - T1 开办企业, due 2025-06-30: 推进中 05-10, 已完成 06-20 (closure request), 已销号 07-05
 *   (closure approved); lead A, support B;
 * - T2 开办企业, due 2025-06-30: 推进中 06-01 (overdue from July); lead A;
 * - T3 获得电力, due 2025-07-25, 未开始; lead B, support G;
 * - T4 获得电力, 持续推进, 暂缓; lead B.
 * Targets: on T1 ≥60 %, on T2 ≤90 工作日. Reports (due on the 20th; 2025-07-20 is a Sunday → 07-21):
 * 2025-06 — A on T1 06-18 accepted 100 % (65), A on T2 06-25 late 40 % (100), B on T3 06-19
 * 0 %; 2025-07 — A on T2 07-10 submitted 60 % (95). Problems: P1 (A, T2) 06-05, rectified
 * 07-08; P2 (B, 获得电力) 07-02. Notice N1 to A on T2 issued 07-03.
 */
export const SCENARIO = '610399';

/** Beijing time → the stored instant text. */
const at = (beijing: string) => new Date(`${beijing}:00+08:00`).toISOString();

export interface ScenarioIds {
  a: number;
  b: number;
  g: number;
  t1: number;
  t2: number;
  t3: number;
  t4: number;
  target1: number;
  target2: number;
}

export async function buildScenario(api: RunningApp): Promise<ScenarioIds> {
  const db = api.app.get(DataSource);
  const postgres = db.options.type === 'postgres';
  const native = (sql: string) => {
    let i = 0;
    return postgres ? sql.replace(/\?/g, () => `$${++i}`) : sql;
  };
  const run = async (sql: string, values: unknown[]) => {
    await db.query(native(sql), values);
  };
  const insert = async (sql: string, values: unknown[]): Promise<number> => {
    const rows = (await db.query(`${native(sql)} RETURNING id`, values)) as { id: number }[];
    return Number(rows[0]!.id);
  };
  const admins = (await db.query(`SELECT id FROM app_user WHERE username = 'admin'`)) as {
    id: number;
  }[];
  const actor = admins[0]!.id;

  await run(
    `INSERT INTO jurisdiction (code, name, level, parent_code) VALUES (?, '测试县', 'county', '610300')`,
    [SCENARIO],
  );
  const department = (name: string, kind: string) =>
    insert(`INSERT INTO department (jurisdiction_code, name, kind) VALUES (?, ?, ?)`, [
      SCENARIO,
      name,
      kind,
    ]);
  const a = await department('县甲局', 'government');
  const b = await department('县乙局', 'government');
  const g = await department('各镇各部门', 'group');
  const leader = await insert(
    `INSERT INTO leader (jurisdiction_code, name, title) VALUES (?, '张三', '副县长')`,
    [SCENARIO],
  );
  const plan = await insert(
    `INSERT INTO plan (key, jurisdiction_code, title, issuer, year, source_file) VALUES ('test-2025', ?, '测试县优化营商环境实施方案', '测试县人民政府办公室', 2025, 'test.docx')`,
    [SCENARIO],
  );
  const assignment = await insert(
    `INSERT INTO indicator_assignment (plan_id, indicator_code, leader_text, printed, sort_order) VALUES (?, 'starting-business', '副县长张三', '（包抓领导：副县长张三）', 1)`,
    [plan],
  );
  await run(
    `INSERT INTO indicator_assignment_department (assignment_id, department_id, sort_order) VALUES (?, ?, 1)`,
    [assignment, a],
  );
  await run(
    `INSERT INTO indicator_assignment_leader (assignment_id, leader_id, sort_order) VALUES (?, ?, 1)`,
    [assignment, leader],
  );

  const task = (
    code: string,
    indicator: string,
    status: string,
    kind: string,
    date: string | null,
    order: number,
  ) =>
    insert(
      `INSERT INTO task (plan_id, code, kind, title, body, indicator_code, status, deadline_kind, deadline_date, deadline_printed, sort_order) VALUES (?, ?, 'task', ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        plan,
        code,
        `任务${code}`,
        `任务${code}正文`,
        indicator,
        status,
        kind,
        date,
        date ? `${date.slice(5, 7)}月底前` : null,
        order,
      ],
    );
  const t1 = await task('1', 'starting-business', 'closed', 'date', '2025-06-30', 1);
  const t2 = await task('2', 'starting-business', 'in_progress', 'date', '2025-06-30', 2);
  const t3 = await task('3', 'electricity', 'not_started', 'date', '2025-07-25', 3);
  const t4 = await task('4', 'electricity', 'suspended', 'ongoing', null, 4);
  const onTask = (taskId: number, departmentId: number, role: string) =>
    run(
      `INSERT INTO task_department (task_id, department_id, role, sort_order) VALUES (?, ?, ?, 1)`,
      [taskId, departmentId, role],
    );
  await onTask(t1, a, 'lead');
  await onTask(t1, b, 'support');
  await onTask(t2, a, 'lead');
  await onTask(t3, b, 'lead');
  await onTask(t3, g, 'support');
  await onTask(t4, b, 'lead');

  const statusChange = (
    taskId: number,
    from: string,
    to: string,
    when: string,
    type = 'status_changed',
  ) =>
    run(
      `INSERT INTO task_event (task_id, type, actor_user_id, occurred_at, from_status, to_status) VALUES (?, ?, ?, ?, ?, ?)`,
      [taskId, type, actor, at(when), from, to],
    );
  await statusChange(t1, 'not_started', 'in_progress', '2025-05-10T09:00');
  // T1 is completed and closed the way the app records it: a closure request, then its approval.
  await statusChange(
    t1,
    'in_progress',
    'done_pending_closure',
    '2025-06-20T10:00',
    'closure_requested',
  );
  await statusChange(t1, 'done_pending_closure', 'closed', '2025-07-05T10:00', 'closure_approved');
  await statusChange(t2, 'not_started', 'in_progress', '2025-06-01T09:00');
  await statusChange(t4, 'not_started', 'suspended', '2025-03-01T09:00');
  // A status-less history entry must not count as a status.
  await run(
    `INSERT INTO task_event (task_id, type, actor_user_id, occurred_at) VALUES (?, 'instruction_written', ?, ?)`,
    [t1, actor, at('2025-06-25T10:00')],
  );

  const target = (taskId: number, comparator: string, value: number, unit: string) =>
    insert(
      `INSERT INTO target (task_id, metric, comparator, value, unit, printed, sort_order) VALUES (?, ?, ?, ?, ?, ?, 1)`,
      [taskId, `指标${taskId}`, comparator, value, unit, `目标${value}${unit}`],
    );
  const target1 = await target(t1, 'gte', 60, '%');
  const target2 = await target(t2, 'lte', 90, '工作日');

  const report = async (
    taskId: number,
    departmentId: number,
    period: string,
    role: string,
    status: string,
    submitted: string,
    completion: number,
    actual?: [number, number],
  ) => {
    const id = await insert(
      `INSERT INTO progress_report (task_id, department_id, period, role, status, work_done, completion_percent, submitted_at, first_submitted_at, created_by) VALUES (?, ?, ?, ?, ?, '已推进', ?, ?, ?, ?)`,
      [taskId, departmentId, period, role, status, completion, at(submitted), at(submitted), actor],
    );
    await run(
      `INSERT INTO report_event (report_id, kind, actor_user_id, occurred_at) VALUES (?, 'submitted', ?, ?)`,
      [id, actor, at(submitted)],
    );
    if (actual) {
      await run(
        `INSERT INTO report_target_actual (report_id, target_id, value, unit) VALUES (?, ?, ?, '-')`,
        [id, actual[0], actual[1]],
      );
    }
  };
  await report(t1, a, '2025-06', 'lead', 'accepted', '2025-06-18T10:00', 100, [target1, 65]);
  await report(t2, a, '2025-06', 'lead', 'submitted', '2025-06-25T10:00', 40, [target2, 100]);
  await report(t3, b, '2025-06', 'lead', 'submitted', '2025-06-19T10:00', 0);
  await report(t2, a, '2025-07', 'lead', 'submitted', '2025-07-10T10:00', 60, [target2, 95]);

  const problem = async (
    taskId: number | null,
    indicator: string | null,
    owner: number,
    events: [string, string][],
    status: string,
  ) => {
    const id = await insert(
      `INSERT INTO problem (jurisdiction_code, task_id, indicator_code, source, description, owner_department_id, deadline, status, created_by) VALUES (?, ?, ?, 'self_found', '问题', ?, '2025-12-31', ?, ?)`,
      [SCENARIO, taskId, indicator, owner, status, actor],
    );
    for (const [action, when] of events) {
      await run(
        `INSERT INTO problem_event (problem_id, action, actor_user_id, occurred_at) VALUES (?, ?, ?, ?)`,
        [id, action, actor, at(when)],
      );
    }
  };
  await problem(
    t2,
    null,
    a,
    [
      ['created', '2025-06-05T09:00'],
      ['rectified', '2025-07-08T09:00'],
    ],
    'rectified',
  );
  await problem(null, 'electricity', b, [['created', '2025-07-02T09:00']], 'rectifying');

  const notice = await insert(
    `INSERT INTO supervision_notice (jurisdiction_code, task_id, department_id, reason, level, response_due, status, issued_by, issued_at, created_by) VALUES (?, ?, ?, '逾期督办', 'supervision', '2025-07-08', 'issued', ?, ?, ?)`,
    [SCENARIO, t2, a, actor, at('2025-07-03T09:00'), actor],
  );
  await run(
    `INSERT INTO notice_event (notice_id, action, actor_user_id, occurred_at) VALUES (?, 'drafted', ?, ?)`,
    [notice, actor, at('2025-07-02T09:00')],
  );
  await run(
    `INSERT INTO notice_event (notice_id, action, actor_user_id, occurred_at) VALUES (?, 'issued', ?, ?)`,
    [notice, actor, at('2025-07-03T09:00')],
  );

  return { a, b, g, t1, t2, t3, t4, target1, target2 };
}
