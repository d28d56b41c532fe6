import { Injectable } from '@nestjs/common';
import {
  type BulkProgressCellError,
  type BulkProgressResponse,
  type BulkProgressRowResult,
  REPORT_STATUS_LABELS,
  type SessionUser,
} from '@bizenv/shared';
import { TransactionRunner } from '../database/transaction-runner.js';
import { ReportDueDatesService } from '../reports/report-due-dates.service.js';
import { ReportPeriodLocksRepository } from '../reports/report-period-locks.repository.js';
import { type ObligationRow, ReportTasksRepository } from '../reports/report-tasks.repository.js';
import { periodInFuture } from '../reports/reports.errors.js';
import { ReportsService } from '../reports/reports.service.js';
import { loadWorkbook } from './ledger-upload.js';
import {
  type BulkTargetColumn,
  buildBulkProgressWorkbook,
  readBulkProgressSheet,
} from './bulk-progress-workbook.js';
import { BulkProgressRepository } from './bulk-progress.repository.js';
import { bulkProgressWrongTemplate } from './ledgers.errors.js';
import { type BulkObligation, type PlannedSave, planBulkRow } from './bulk-progress-rows.js';

const ROLE_LABELS = { lead: '牵头', support: '配合' } as const;

/**
 * A department's reports of one period as a workbook: download with the current values, upload
 * to save every row as a draft. Every row is validated first under the web form's rules; only a
 * fully valid file is written, all rows in one transaction.
 */
@Injectable()
export class BulkProgressService {
  constructor(
    private readonly tasks: ReportTasksRepository,
    private readonly bulk: BulkProgressRepository,
    private readonly reports: ReportsService,
    private readonly locks: ReportPeriodLocksRepository,
    private readonly dueDates: ReportDueDatesService,
    private readonly transactions: TransactionRunner,
  ) {}

  async export(user: SessionUser, period: string): Promise<Buffer> {
    const obligations = await this.obligations(user, period);
    const targets = obligations.flatMap((o) => (o.role === 'lead' ? o.targets : []));
    const columns: BulkTargetColumn[] = targets.map((t) => ({
      targetId: t.id,
      metric: t.metric,
      unit: t.unit,
    }));
    return buildBulkProgressWorkbook(
      columns,
      obligations.map((o) => ({
        cells: {
          taskKey: o.key,
          title: o.row.taskTitle,
          role: ROLE_LABELS[o.role],
          status: o.report ? REPORT_STATUS_LABELS[o.report.status] : '未填写',
          workDone: o.report?.workDone ?? '',
          problems: o.report?.problems ?? '',
          nextSteps: o.report?.nextSteps ?? '',
          completionPercent: o.report?.completionPercent?.toString() ?? '',
        },
        actuals: o.actuals,
        targetIds: o.role === 'lead' ? o.targets.map((t) => t.id) : [],
      })),
    );
  }

  async import(
    user: SessionUser,
    period: string,
    bytes: Buffer,
    dryRun: boolean,
  ): Promise<BulkProgressResponse> {
    if (period > this.dueDates.currentPeriod()) throw periodInFuture();
    await this.locks.assertUnlocked(user.jurisdictionCode, period);
    const parsed = readBulkProgressSheet(await loadWorkbook(bytes));
    if (!parsed.ok) throw bulkProgressWrongTemplate();

    const obligations = await this.obligations(user, period);
    const byKey = new Map(obligations.map((o) => [o.key, o]));
    const errors: BulkProgressCellError[] = [];
    const seen = new Set<string>();
    const planned: PlannedSave[] = [];
    for (const row of parsed.rows) {
      const save = planBulkRow(row, byKey, seen, errors);
      if (save) planned.push(save);
    }
    const rows: BulkProgressRowResult[] = planned.map((p) => ({
      taskId: p.obligation.row.taskId,
      taskKey: p.obligation.key,
      action: p.action,
    }));
    const count = (action: BulkProgressRowResult['action']) =>
      rows.filter((row) => row.action === action).length;
    const result: BulkProgressResponse = {
      period,
      dryRun,
      applied: false,
      created: count('create'),
      updated: count('update'),
      unchanged: count('unchanged'),
      rows,
      errors,
    };
    const writes = planned.filter((p) => p.action !== 'unchanged');
    if (dryRun || errors.length > 0 || writes.length === 0) return result;
    await this.transactions.run(async (manager) => {
      // The lock is read again inside: a period locked meanwhile refuses the whole upload.
      await this.locks.assertUnlocked(user.jurisdictionCode, period, manager);
      for (const { obligation, request } of writes) {
        await this.reports.saveIn(manager, user, toReportTask(user, obligation), period, request);
      }
    });
    return { ...result, applied: true };
  }

  /** The department's open tasks of the period with their key, targets and current report. */
  private async obligations(user: SessionUser, period: string): Promise<BulkObligation[]> {
    const departmentId = user.departmentId!;
    const rows = await this.tasks.findObligations([user.jurisdictionCode], departmentId);
    const taskIds = rows.map((row) => row.taskId);
    const [keys, targets, reports] = await Promise.all([
      this.bulk.taskKeys(taskIds),
      this.bulk.targets(taskIds),
      this.bulk.reports(departmentId, period),
    ]);
    const actuals = await this.bulk.actuals(reports.map((report) => report.id));
    const keyOf = new Map(keys.map((k) => [k.taskId, `${k.planKey}#${k.code}`]));
    return rows.map((row) => {
      const report = reports.find((r) => r.taskId === row.taskId) ?? null;
      return {
        row,
        key: keyOf.get(row.taskId) ?? String(row.taskId),
        role: report?.role ?? row.role,
        targets: targets.filter((t) => t.taskId === row.taskId),
        report,
        actuals: new Map(
          actuals
            .filter((a) => report !== null && a.reportId === report.id)
            .map((a) => [a.targetId, String(a.value)]),
        ),
      };
    });
  }
}

/** The task as ReportsService.saveIn needs it, from the obligation already read. */
function toReportTask(user: SessionUser, obligation: BulkObligation) {
  const row: ObligationRow = obligation.row;
  return {
    id: row.taskId,
    code: row.taskCode,
    title: row.taskTitle,
    status: row.taskStatus,
    jurisdictionCode: row.jurisdictionCode,
    completionPercent: null,
    departments: [{ id: user.departmentId!, role: obligation.role }],
    targets: obligation.targets,
  };
}
