import { Injectable } from '@nestjs/common';
import {
  canChangeStatusManually,
  type LedgerCellError,
  type LedgerFieldChange,
  type LedgerImportResponse,
  type LedgerTaskChange,
  type SessionUser,
  TASK_STATUS_LABELS,
  type TaskStatus,
} from '@bizenv/shared';
import { AccessPolicy } from '../access/access-policy.service.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { TaskHistoryService } from '../task-tracking/events/task-history.service.js';
import { versionConflict } from '../task-tracking/task-tracking.errors.js';
import { LedgerExportService, taskKey } from './ledger-export.service.js';
import { loadWorkbook } from './ledger-upload.js';
import { columnLabel, type ParsedLedgerRow, readLedgerSheet } from './ledger-workbook.js';
import { ledgerWrongTemplate } from './ledgers.errors.js';
import { LedgersRepository, type LedgerTaskRow } from './ledgers.repository.js';

const MAX_TITLE = 500;
const MAX_BODY = 10_000;
const STATUS_BY_LABEL = new Map(
  Object.entries(TASK_STATUS_LABELS).map(([status, label]) => [label, status as TaskStatus]),
);

interface PlannedUpdate {
  task: LedgerTaskRow;
  change: LedgerTaskChange;
}

/**
 * Imports a ledger into the existing tasks of a plan: every row is validated first and every bad
 * cell reported; only a fully valid file is written, in one transaction, each status change
 * under the same transition rule, history entry and version check as the tracking feature.
 */
@Injectable()
export class LedgerImportService {
  constructor(
    private readonly exports: LedgerExportService,
    private readonly ledgers: LedgersRepository,
    private readonly policy: AccessPolicy,
    private readonly history: TaskHistoryService,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async import(
    user: SessionUser,
    planId: number,
    bytes: Buffer,
    dryRun: boolean,
  ): Promise<LedgerImportResponse> {
    const plan = await this.exports.readablePlan(user, planId);
    await this.policy.assertOfficeOf(user, plan.jurisdictionCode);
    const parsed = readLedgerSheet(await loadWorkbook(bytes));
    if (!parsed.ok) throw ledgerWrongTemplate();

    const tasks = await this.ledgers.tasks(plan.id);
    const byKey = new Map(tasks.map((task) => [taskKey(plan, task), task]));
    const errors: LedgerCellError[] = [];
    const seen = new Set<string>();
    const planned: PlannedUpdate[] = [];
    for (const row of parsed.rows) {
      const update = planRow(row, byKey, seen, errors);
      if (update) planned.push(update);
    }
    const changed = planned.filter((p) => p.change.changes.length > 0);
    const result: LedgerImportResponse = {
      dryRun,
      applied: false,
      created: 0,
      updated: changed.length,
      unchanged: planned.length - changed.length,
      changes: changed.map((p) => p.change),
      errors,
    };
    if (dryRun || errors.length > 0 || changed.length === 0) return result;
    await this.apply(user, changed);
    return { ...result, applied: true };
  }

  private apply(user: SessionUser, updates: PlannedUpdate[]): Promise<void> {
    return this.transactions.run(async (manager) => {
      const occurredAt = this.clock.now();
      for (const { task, change } of updates) {
        const after = Object.fromEntries(change.changes.map((c) => [c.field, c.after]));
        const before = Object.fromEntries(change.changes.map((c) => [c.field, c.before]));
        // The version read while validating: a task changed meanwhile fails the whole import.
        if (!(await this.ledgers.updateTask(manager, task.id, task.version, after))) {
          throw versionConflict();
        }
        const status = change.changes.find((c) => c.field === 'status');
        if (status) {
          await this.history.record(manager, {
            taskId: task.id,
            type: 'status_changed',
            actorUserId: user.id,
            occurredAt,
            reason: '台账导入',
            fromStatus: status.before as TaskStatus,
            toStatus: status.after as TaskStatus,
            before: { status: status.before },
            after: { status: status.after },
          });
        }
        await this.audit.record(manager, {
          action: 'task.ledger.import',
          targetType: 'task',
          targetId: task.id,
          before: { ...before, version: task.version },
          after,
        });
      }
    });
  }
}

/** Validates one row; records its errors and returns the update it asks for (null if invalid). */
function planRow(
  { row, cells }: ParsedLedgerRow,
  byKey: Map<string, LedgerTaskRow>,
  seen: Set<string>,
  errors: LedgerCellError[],
): PlannedUpdate | null {
  const before = errors.length;
  const fail = (
    column: Parameters<typeof columnLabel>[0],
    code: LedgerCellError['code'],
    message: string,
  ) => errors.push({ row, column: columnLabel(column), code, message });

  const key = (cells.taskKey ?? '').trim();
  const task = byKey.get(key);
  if (key === '')
    fail(
      'taskKey',
      'TASK_KEY_REQUIRED',
      '任务键为空（台账导入只更新已有任务，新增任务请在系统中办理）',
    );
  else if (!task) fail('taskKey', 'TASK_KEY_UNKNOWN', `本方案中没有任务键为“${key}”的任务`);
  else if (seen.has(key)) fail('taskKey', 'TASK_KEY_DUPLICATE', `任务键“${key}”在台账中重复出现`);
  seen.add(key);

  const title = (cells.title ?? '').trim();
  const body = (cells.body ?? '').trim();
  // A text may stay empty where the plan has none, but an import never empties it.
  if (title === '' && task?.title.trim()) fail('title', 'TEXT_REQUIRED', '任务名称不能为空');
  else if (title.length > MAX_TITLE)
    fail('title', 'TEXT_TOO_LONG', `任务名称不能超过 ${MAX_TITLE} 个字`);
  if (body === '' && task?.body.trim()) fail('body', 'TEXT_REQUIRED', '任务内容不能为空');
  else if (body.length > MAX_BODY)
    fail('body', 'TEXT_TOO_LONG', `任务内容不能超过 ${MAX_BODY} 个字`);

  const statusLabel = (cells.status ?? '').trim();
  const status = STATUS_BY_LABEL.get(statusLabel);
  const labels = [...STATUS_BY_LABEL.keys()].join('、');
  if (!status) fail('status', 'STATUS_UNKNOWN', `状态“${statusLabel}”无效，应为：${labels}`);
  else if (task && status !== task.status && !canChangeStatusManually(task.status, status)) {
    fail(
      'status',
      'STATUS_TRANSITION',
      `任务当前状态为“${TASK_STATUS_LABELS[task.status]}”，不能在台账中改为“${statusLabel}”（完成与销号须通过销号申请办理）`,
    );
  }
  if (errors.length > before || !task || !status) return null;

  const changes: LedgerFieldChange[] = [];
  if (title !== task.title.trim())
    changes.push({ field: 'title', before: task.title, after: title });
  if (body !== task.body.trim()) changes.push({ field: 'body', before: task.body, after: body });
  if (status !== task.status) changes.push({ field: 'status', before: task.status, after: status });
  return { task, change: { taskId: task.id, taskKey: key, changes } };
}
