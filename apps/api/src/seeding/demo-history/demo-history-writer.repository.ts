import { Injectable } from '@nestjs/common';
import type { EntityManager } from '../../database/entity-manager.js';
import { bulkInsert, bulkInsertOnly, timestampColumn } from './bulk-insert.js';
import type { DemoHistory, TaskFinalState } from './history-model.js';

/** Rows written per table, for the start-up log and the tests. */
export type HistoryCounts = Record<string, number>;

function json(value: Record<string, unknown> | null): string | null {
  return value === null ? null : JSON.stringify(value);
}

/**
 * Writes the generated history in bulk inside the caller's transaction, replacing each row's
 * `ref` by the id the database gave it, and leaves every task at the status, completion and
 * version its history reached.
 */
@Injectable()
export class DemoHistoryWriter {
  /** The rows of `history`, in the caller's transaction; returns how many went into each table. */
  write(manager: EntityManager, history: DemoHistory): Promise<HistoryCounts> {
    return writeHistory(manager, history);
  }

  /**
   * A report clerk for each department without an account, so every report has its real kind
   * of author: disabled (nobody signs in with it) and without a usable password hash.
   */
  insertClerks(
    manager: EntityManager,
    departments: { id: number; name: string; jurisdictionCode: string }[],
    now: Date,
  ): Promise<number[]> {
    return bulkInsert(
      manager,
      'app_user',
      [
        'username',
        'display_name',
        'password_hash',
        'role',
        'jurisdiction_code',
        'department_id',
        'disabled_at',
      ],
      departments.map((department) => [
        `demo.d${department.id}`,
        `${department.name}（演示填报）`.slice(0, 64),
        CLERK_PASSWORD_HASH,
        'department',
        department.jurisdictionCode,
        department.id,
        now,
      ]),
    );
  }
}

/** Not an argon2 hash: verification fails whatever the password (and the account is disabled). */
const CLERK_PASSWORD_HASH = '!demo-history-no-login';

async function writeHistory(manager: EntityManager, history: DemoHistory): Promise<HistoryCounts> {
  const postgres = manager.connection.driver.options.type === 'postgres';
  const stamp = (instant: Date) => timestampColumn(instant, postgres);
  const reportIds = await bulkInsert(
    manager,
    'progress_report',
    [
      'task_id',
      'department_id',
      'period',
      'role',
      'status',
      'work_done',
      'problems',
      'next_steps',
      'completion_percent',
      'submitted_at',
      'first_submitted_at',
      'reviewed_by',
      'reviewed_at',
      'return_reason',
      'created_by',
      'version',
      'created_at',
      'updated_at',
    ],
    history.reports.map((r) => [
      r.taskId,
      r.departmentId,
      r.period,
      r.role,
      r.status,
      r.workDone,
      r.problems,
      r.nextSteps,
      r.completionPercent,
      r.submittedAt,
      r.firstSubmittedAt,
      r.reviewedBy,
      r.reviewedAt,
      r.returnReason,
      r.createdBy,
      r.version,
      stamp(r.createdAt),
      stamp(r.updatedAt),
    ]),
  );
  const reportId = new Map(history.reports.map((report, index) => [report.ref, reportIds[index]!]));
  await bulkInsertOnly(
    manager,
    'report_event',
    ['report_id', 'kind', 'actor_user_id', 'reason', 'occurred_at'],
    history.reportEvents.map((e) => [
      reportId.get(e.reportRef)!,
      e.kind,
      e.actorUserId,
      e.reason,
      e.occurredAt,
    ]),
  );
  await bulkInsertOnly(
    manager,
    'report_target_actual',
    ['report_id', 'target_id', 'value', 'unit'],
    history.targetActuals.map((a) => [reportId.get(a.reportRef)!, a.targetId, a.value, a.unit]),
  );

  const closureIds = await bulkInsert(
    manager,
    'closure_request',
    [
      'task_id',
      'requested_by',
      'department_id',
      'note',
      'status',
      'created_at',
      'decided_by',
      'decided_at',
      'decision_reason',
      'version',
    ],
    history.closureRequests.map((c) => [
      c.taskId,
      c.requestedBy,
      c.departmentId,
      c.note,
      c.status,
      c.createdAt,
      c.decidedBy,
      c.decidedAt,
      c.decisionReason,
      c.version,
    ]),
  );
  const closureId = new Map(
    history.closureRequests.map((request, index) => [request.ref, closureIds[index]!]),
  );
  await bulkInsertOnly(
    manager,
    'task_event',
    [
      'task_id',
      'type',
      'actor_user_id',
      'occurred_at',
      'reason',
      'from_status',
      'to_status',
      'before_json',
      'after_json',
    ],
    history.taskEvents.map((e) => [
      e.taskId,
      e.type,
      e.actorUserId,
      e.occurredAt,
      e.reason,
      e.fromStatus,
      e.toStatus,
      json(e.before),
      json(resolveRefs(e.after, reportId, closureId)),
    ]),
  );
  await updateTasks(manager, history.taskStates, postgres);

  const problemIds = await bulkInsert(
    manager,
    'problem',
    [
      'jurisdiction_code',
      'task_id',
      'source',
      'description',
      'measure',
      'owner_department_id',
      'deadline',
      'status',
      'rectified_at',
      'closed_by',
      'closed_at',
      'version',
      'created_by',
      'created_at',
      'updated_at',
    ],
    history.problems.map((p) => [
      p.jurisdictionCode,
      p.taskId,
      p.source,
      p.description,
      p.measure,
      p.ownerDepartmentId,
      p.deadline,
      p.status,
      p.rectifiedAt,
      p.closedBy,
      p.closedAt,
      p.version,
      p.createdBy,
      stamp(p.createdAt),
      stamp(p.closedAt ?? p.rectifiedAt ?? p.createdAt),
    ]),
  );
  const problemId = new Map(
    history.problems.map((problem, index) => [problem.ref, problemIds[index]!]),
  );
  await bulkInsertOnly(
    manager,
    'problem_event',
    ['problem_id', 'action', 'actor_user_id', 'reason', 'before_json', 'after_json', 'occurred_at'],
    history.problemEvents.map((e) => [
      problemId.get(e.problemRef)!,
      e.action,
      e.actorUserId,
      null,
      json(e.before),
      json(e.after),
      e.occurredAt,
    ]),
  );

  const noticeIds = await bulkInsert(
    manager,
    'supervision_notice',
    [
      'jurisdiction_code',
      'task_id',
      'department_id',
      'reason',
      'level',
      'response_due',
      'status',
      'origin',
      'dedupe_key',
      'response',
      'answered_by',
      'answered_at',
      'issued_by',
      'issued_at',
      'closed_by',
      'closed_at',
      'created_by',
      'version',
      'created_at',
      'updated_at',
    ],
    history.notices.map((n) => [
      n.jurisdictionCode,
      n.taskId,
      n.departmentId,
      n.reason,
      n.level,
      n.responseDue,
      n.status,
      n.origin,
      n.dedupeKey,
      n.response,
      n.answeredBy,
      n.answeredAt,
      n.issuedBy,
      n.issuedAt,
      n.closedBy,
      n.closedAt,
      n.createdBy,
      n.version,
      stamp(n.createdAt),
      stamp(n.closedAt ?? n.answeredAt ?? n.issuedAt ?? n.createdAt),
    ]),
  );
  const noticeId = new Map(history.notices.map((notice, index) => [notice.ref, noticeIds[index]!]));
  await bulkInsertOnly(
    manager,
    'notice_event',
    ['notice_id', 'action', 'actor_user_id', 'reason', 'before_json', 'after_json', 'occurred_at'],
    history.noticeEvents.map((e) => [
      noticeId.get(e.noticeRef)!,
      e.action,
      e.actorUserId,
      null,
      json(e.before),
      json(e.after),
      e.occurredAt,
    ]),
  );

  return {
    progress_report: history.reports.length,
    report_event: history.reportEvents.length,
    report_target_actual: history.targetActuals.length,
    task_event: history.taskEvents.length,
    closure_request: history.closureRequests.length,
    problem: history.problems.length,
    problem_event: history.problemEvents.length,
    supervision_notice: history.notices.length,
    notice_event: history.noticeEvents.length,
  };
}

/** The services store ids in the history's JSON: put the real ids where the generator left refs. */
function resolveRefs(
  after: Record<string, unknown> | null,
  reportId: Map<string, number>,
  closureId: Map<string, number>,
): Record<string, unknown> | null {
  if (after === null) return null;
  const { reportRef, closureRequestRef, ...rest } = after;
  return {
    ...(typeof closureRequestRef === 'string'
      ? { closureRequestId: closureId.get(closureRequestRef) }
      : {}),
    ...rest,
    ...(typeof reportRef === 'string' ? { reportId: reportId.get(reportRef) } : {}),
  };
}

/** Tasks per UPDATE: 7 parameters each. */
const TASKS_PER_UPDATE = 500;

/** The tasks' final status, completion and version in a few CASE updates (not one per task). */
async function updateTasks(
  manager: EntityManager,
  states: TaskFinalState[],
  postgres: boolean,
): Promise<void> {
  for (let offset = 0; offset < states.length; offset += TASKS_PER_UPDATE) {
    const chunk = states.slice(offset, offset + TASKS_PER_UPDATE);
    const parameters: unknown[] = [];
    const mark = (value: unknown, type: string) => {
      parameters.push(value);
      return `CAST(${postgres ? `$${parameters.length}` : '?'} AS ${type})`;
    };
    const caseOf = (column: keyof TaskFinalState, type: string) =>
      `CASE "id" ${chunk
        .map((state) => `WHEN ${mark(state.taskId, 'integer')} THEN ${mark(state[column], type)}`)
        .join(' ')} END`;
    const status = caseOf('status', 'varchar(32)');
    const completion = caseOf('completionPercent', 'integer');
    const version = caseOf('version', 'integer');
    const ids = chunk.map((state) => mark(state.taskId, 'integer')).join(', ');
    await manager.query(
      `UPDATE "task" SET "status" = ${status}, "completion_percent" = ${completion}, ` +
        `"version" = ${version} WHERE "id" IN (${ids})`,
      parameters,
    );
  }
}
