// Everything of one county: departments, leaders, accounts, its three-year plan with 150 tasks
// (1 lead + 2 support departments, targets), 36 months of reports, problems and notices.
import { writeFollowUps } from './follow-ups.mjs';
import { writeTaskReports } from './reports.mjs';
import { statusHistory, taskFate } from './task-history.mjs';
import { DEPARTMENTS, leaders, TARGETS, TASK_BODY, taskTitle } from './texts.mjs';
import { instantOn, seededRandom } from './time.mjs';

/**
 * `county`: { index, code, name, short }; `ctx`: { w, ids, frame, scale, passwordHash,
 * indicators, leafIndicators, hasLeaderLink }. Returns the usernames the bench signs in with.
 */
export function writeCounty(ctx, county) {
  const { w, ids, frame, scale } = ctx;
  const rng = seededRandom(0x5eed + county.index * 7919);
  const since = instantOn(`${frame.periods[0]}-01`, 1);

  const departments = DEPARTMENTS.slice(0, scale.departments).map(([name, kind], i) => {
    const id = ++ids.department;
    w.department.add(id, county.code, name.replace(/^县/, county.short), kind);
    return { id, index: i };
  });
  const countyLeaders = leaders(county.index).map(({ name, title }) => {
    const id = ++ids.leader;
    w.leader.add(id, county.code, name, title);
    return { id, name };
  });

  const user = (username, displayName, role, departmentId = null, leaderId = null) => {
    const id = ++ids.user;
    const row = [id, username, displayName, ctx.passwordHash, role, county.code, departmentId];
    row.push(false, 0, null, null, null, 1, since, since);
    if (ctx.hasLeaderLink) row.push(leaderId);
    w.user.add(...row);
    return id;
  };
  const officeUserId = user(`b${county.code}.office`, `${county.name}营商办`, 'office');
  countyLeaders.forEach((leader, i) =>
    user(`b${county.code}.leader${i + 1}`, leader.name, 'leader', null, leader.id),
  );
  for (const department of departments) {
    department.userId = user(
      `b${county.code}.d${String(department.index + 1).padStart(2, '0')}`,
      `${county.name}部门${department.index + 1}`,
      'department',
      department.id,
    );
  }

  const planId = ++ids.plan;
  const [firstYear, lastYear] = [frame.periods[0], frame.current].map((p) => p.slice(0, 4));
  // prettier-ignore
  w.plan.add(
    planId, `bench-${county.code}`, county.code, null,
    `${county.name}优化营商环境三年行动方案（${firstYear}—${lastYear}年）`,
    `${county.name}人民政府办公室`, `${county.short}政办发〔${firstYear}〕${county.index + 1}号`,
    `${frame.periods[0]}-05`, Number(firstYear), 'bench', null,
  );
  ctx.indicators.forEach((indicator, i) => {
    const assignmentId = ++ids.assignment;
    const leader = countyLeaders[i % countyLeaders.length];
    const lead = departments[(i * 3 + county.index) % departments.length];
    const printed = `牵头部门：${DEPARTMENTS[lead.index][0]}；包抓领导：${leader.name}`;
    w.assignment.add(assignmentId, planId, indicator.code, leader.name, printed, i);
    w.assignmentDepartment.add(assignmentId, lead.id, 0);
    w.assignmentLeader.add(assignmentId, leader.id, 0);
  });

  const reportCtx = { w, ids, rng, frame, officeUserId };
  const tasks = [];
  for (let i = 0; i < scale.tasks; i++) {
    const task = writeTask(ctx, rng, planId, departments, i);
    const fate = taskFate(rng, frame);
    const { startedAt, completion } = writeTaskReports(reportCtx, task, fate);
    const { status, changes } = statusHistory(fate, startedAt, frame);
    for (const [from, to, at] of changes) {
      // prettier-ignore
      w.taskEvent.add(++ids.taskEvent, task.id, 'status_changed', officeUserId, at, null, from, to, null, null);
    }
    const deadlinePrinted = printedDeadline(fate.deadlineDate);
    const updatedAt = changes.at(-1)?.[2] ?? since;
    // prettier-ignore
    w.task.add(
      task.id, planId, null, String(i + 1), 'task', null, task.title, TASK_BODY, task.indicator,
      status, fate.deadlineKind, fate.deadlineDate, null, deadlinePrinted, task.attribution, i,
      1 + changes.length, since, updatedAt, null, null, null, null, completion,
    );
    tasks.push({ ...task, status, fate });
  }
  writeFollowUps({ w, ids, rng, frame, officeUserId, county, departments, tasks });
  return {
    leader: `b${county.code}.leader1`,
    office: `b${county.code}.office`,
    department: `b${county.code}.d01`,
  };
}

/** Writes the task's departments and targets; returns what the task row and reports need. */
function writeTask(ctx, rng, planId, departments, i) {
  const { w, ids } = ctx;
  const id = ++ids.task;
  const picks = [rng.int(0, departments.length - 1)];
  while (picks.length < 3) {
    const pick = rng.int(0, departments.length - 1);
    if (!picks.includes(pick)) picks.push(pick);
  }
  const [lead, ...supports] = picks.map((index) => departments[index]);
  w.taskDepartment.add(id, lead.id, 'lead', 0);
  supports.forEach((support, order) => w.taskDepartment.add(id, support.id, 'support', order));
  const names = [lead, ...supports].map((d) => DEPARTMENTS[d.index][0]);
  const attribution = `${names[0]}牵头，${names.slice(1).join('、')}配合`;

  const count = rng.chance(0.4) ? 1 : rng.chance(0.1) ? 2 : 0;
  for (let t = 0; t < count; t++) {
    const [metric, comparator, value, unit, baseline] = TARGETS[(i * 3 + t) % TARGETS.length];
    const printed = `${metric}${comparator === 'lte' ? '压缩至' : '达到'}${value}${unit}${comparator === 'lte' ? '以内' : '以上'}`;
    const targetId = ++ids.target;
    w.target.add(targetId, id, metric, comparator, value, unit, null, baseline, printed, t);
  }
  const indicator = ctx.leafIndicators[i % ctx.leafIndicators.length];
  return { id, title: taskTitle(i), indicator, attribution, lead, supports };
}

/** The deadline as plans print it: "2026年6月底前", "2026年11月30日前", "持续推进". */
function printedDeadline(date) {
  if (date === null) return '持续推进';
  const [year, month, day] = date.split('-').map(Number);
  return day >= 28 ? `${year}年${month}月底前` : `${year}年${month}月${day}日前`;
}
