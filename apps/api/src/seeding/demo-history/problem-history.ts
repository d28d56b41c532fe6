import { addDays, chinaDateOf, type ProblemSource } from '@bizenv/shared';
import { demoText, shortTitle } from './demo-texts.js';
import { officeInstant, workingDayAfter } from './history-clock.js';
import type { DemoHistory, HistoryTask, ReportRow } from './history-model.js';
import type { PlanWindow } from './plan-window.js';
import { Prng } from './prng.js';

const OFFICE_SOURCES: readonly ProblemSource[] = ['evaluation', 'supervision', 'hotline'];
const PROBLEMS = [
  '办事指南要素不全，部分事项材料要求表述不一致',
  '网办深度不够，部分事项仍需到现场提交纸质材料',
  '企业反映审批环节多、时限长',
  '窗口人员对新流程不熟悉，群众多次往返',
];
const MEASURES = [
  '逐项修订办事指南，统一材料清单',
  '推动事项全程网办，压减现场环节',
  '优化审批流程，实行并联审批',
  '开展专题培训，建立首问负责和一次性告知制度',
];

/** A problem found on about one task in ten, rectified and closed as the owner and office did. */
export function generateProblem(
  task: HistoryTask,
  window: PlanWindow,
  leadReports: ReportRow[],
  out: DemoHistory,
): void {
  const random = new Prng(`${window.plan.key}/${task.code}/problem`);
  const own = leadReports.filter(
    (report) => window.periods.indexOf(report.period) <= window.planEndIndex,
  );
  if (own.length === 0 || !random.chance(0.1)) return;
  const report = random.pick(own);
  const owner = report.departmentId;
  const office = window.actors.officeUserId(window.plan.jurisdictionCode);
  const byOffice = random.chance(0.5);
  const createdBy = byOffice ? office : window.actors.departmentUserId(owner);
  const createdAt = officeInstant(
    workingDayAfter(chinaDateOf(report.firstSubmittedAt), random.int(1, 15), window.calendar),
    random,
  );
  if (createdAt > window.now) return;
  const index = random.int(0, PROBLEMS.length - 1);
  const ref = `${task.id}/problem`;
  const row = {
    jurisdictionCode: window.plan.jurisdictionCode,
    taskId: task.id,
    indicatorCode: null,
    source: byOffice ? random.pick(OFFICE_SOURCES) : ('self_found' as const),
    description: demoText(`“${shortTitle(task.title)}”：${PROBLEMS[index]!}`),
    measure: demoText(MEASURES[index]!),
    ownerDepartmentId: owner,
    deadline: addDays(chinaDateOf(createdAt), 30),
    status: 'rectifying' as const,
    rectifiedAt: null,
    closedBy: null,
    closedAt: null,
    createdBy,
  };
  out.problemEvents.push({
    problemRef: ref,
    action: 'created',
    actorUserId: createdBy,
    before: null,
    after: { ...row, attachmentIds: [] },
    occurredAt: createdAt,
  });
  const problem = { ref, ...row, createdAt, version: 1 } as DemoHistory['problems'][number];
  out.problems.push(problem);
  if (!random.chance(0.75)) return;
  const rectifiedAt = officeInstant(
    workingDayAfter(chinaDateOf(createdAt), random.int(7, 40), window.calendar),
    random,
  );
  if (rectifiedAt > window.now) return;
  Object.assign(problem, { status: 'rectified', rectifiedAt, version: 2 });
  out.problemEvents.push({
    problemRef: ref,
    action: 'rectified',
    actorUserId: window.actors.departmentUserId(owner),
    before: { status: 'rectifying' },
    after: { status: 'rectified' },
    occurredAt: rectifiedAt,
  });
  if (!random.chance(0.85)) return;
  const closedAt = officeInstant(
    workingDayAfter(chinaDateOf(rectifiedAt), random.int(2, 7), window.calendar),
    random,
  );
  if (closedAt > window.now) return;
  Object.assign(problem, { status: 'closed', closedBy: office, closedAt, version: 3 });
  out.problemEvents.push({
    problemRef: ref,
    action: 'closed',
    actorUserId: office,
    before: { status: 'rectified' },
    after: { status: 'closed', closedBy: office, closedAt: closedAt.toISOString() },
    occurredAt: closedAt,
  });
}
