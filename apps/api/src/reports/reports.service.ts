import { Injectable } from '@nestjs/common';
import {
  type ReportDetailResponse,
  type ReportRole,
  type SaveReportRequest,
  type SessionUser,
  taskExpectsReports,
} from '@bizenv/shared';
import { AccessPolicy } from '../access/access-policy.service.js';
import { AttachmentsService } from '../attachments/attachments.service.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import type { EntityManager } from '../database/entity-manager.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { ReportAccessService, taskFacts } from './report-access.service.js';
import { assertEditable, assertSubmittable, checkActuals } from './report-content.js';
import { ReportDueDatesService } from './report-due-dates.service.js';
import { REPORT_ATTACHMENT_OWNER, ReportQueriesService } from './report-queries.service.js';
import { ReportPeriodLocksRepository } from './report-period-locks.repository.js';
import type { ReportTask } from './report-tasks.repository.js';
import { periodInFuture, taskNotOpen, versionConflict } from './reports.errors.js';
import { type ReportFields, ReportsRepository } from './reports.repository.js';

/**
 * What a department does with its own reports: save a draft (or edit a returned report) and
 * submit it. Everything a save writes — fields, target actuals, file links — is one
 * transaction: a bad attachment or target leaves the report exactly as it was.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly reports: ReportsRepository,
    private readonly reportAccess: ReportAccessService,
    private readonly queries: ReportQueriesService,
    private readonly access: AccessPolicy,
    private readonly attachments: AttachmentsService,
    private readonly dueDates: ReportDueDatesService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly locks: ReportPeriodLocksRepository,
  ) {}

  async save(
    user: SessionUser,
    taskId: number,
    period: string,
    request: SaveReportRequest,
  ): Promise<ReportDetailResponse> {
    const task = await this.reportAccess.readableTask(user, taskId);
    await this.access.assertDepartmentOnTask(user, taskFacts(task));
    if (!taskExpectsReports(task.status)) throw taskNotOpen();
    if (period > this.dueDates.currentPeriod()) throw periodInFuture();
    await this.locks.assertUnlocked(task.jurisdictionCode, period);
    const reportId = await this.transactions.run(
      async (manager) => (await this.saveIn(manager, user, task, period, request)).reportId,
    );
    return this.queries.get(user, reportId);
  }

  /**
   * The write of a save inside the caller's transaction, for a task the user's department is
   * on, in an open period already checked unlocked (the bulk upload saves many this way).
   */
  async saveIn(
    manager: EntityManager,
    user: SessionUser,
    task: ReportTask,
    period: string,
    request: SaveReportRequest,
  ): Promise<{ reportId: number; created: boolean }> {
    const departmentId = user.departmentId!;
    const existing = await this.reports.findByKey(manager, task.id, departmentId, period);
    const role: ReportRole = existing?.role ?? roleOf(task, departmentId);
    const actuals =
      request.targetActuals === undefined
        ? undefined
        : checkActuals(task, role, request.targetActuals);
    const fields: ReportFields = {
      workDone: request.workDone ?? existing?.workDone ?? '',
      problems: request.problems ?? existing?.problems ?? '',
      nextSteps: request.nextSteps ?? existing?.nextSteps ?? '',
      completionPercent:
        request.completionPercent === undefined
          ? (existing?.completionPercent ?? null)
          : request.completionPercent,
    };
    let id: number;
    if (existing === null) {
      // Sending a version means the client saw a report that is not there (any more).
      if (request.version !== undefined) throw versionConflict();
      const created = await this.reports.insert(
        manager,
        { taskId: task.id, departmentId, period, role, createdBy: user.id },
        fields,
      );
      if (created === null) throw versionConflict();
      id = created;
    } else {
      assertEditable(existing);
      if (request.version === undefined) throw versionConflict();
      if (!(await this.reports.updateFields(manager, existing.id, request.version, fields))) {
        throw versionConflict();
      }
      id = existing.id;
    }
    if (actuals) await this.reports.replaceActuals(manager, id, actuals);
    if (request.attachmentIds) await this.syncAttachments(manager, user, id, request.attachmentIds);
    await this.audit.record(manager, {
      action: existing === null ? 'report.create' : 'report.update',
      targetType: 'progress_report',
      targetId: id,
      before: existing && pickFields(existing),
      after: { ...fields, targetActuals: actuals, attachmentIds: request.attachmentIds },
    });
    return { reportId: id, created: existing === null };
  }

  async submit(
    user: SessionUser,
    reportId: number,
    version: number,
  ): Promise<ReportDetailResponse> {
    const { row, task } = await this.reportAccess.readableReport(user, reportId);
    await this.access.assertDepartmentOnTask(user, taskFacts(task));
    const report = row.report;
    if (!taskExpectsReports(task.status)) throw taskNotOpen();
    assertEditable(report);
    await this.locks.assertUnlocked(task.jurisdictionCode, report.period);
    await this.transactions.run(async (manager) => {
      const actuals = await this.reports.findActuals([reportId], manager);
      assertSubmittable(
        report,
        task,
        actuals.map((actual) => actual.targetId),
      );
      const now = this.clock.now();
      const moved = await this.reports.conditionalUpdate(
        manager,
        reportId,
        version,
        ['draft', 'returned'],
        {
          status: 'submitted',
          submittedAt: now,
          firstSubmittedAt: report.firstSubmittedAt ?? now,
        },
      );
      if (!moved) throw versionConflict();
      await this.reports.insertEvent(manager, {
        reportId,
        kind: 'submitted',
        actorUserId: user.id,
        reason: null,
        occurredAt: now,
      });
      await this.audit.record(manager, {
        action: 'report.submit',
        targetType: 'progress_report',
        targetId: reportId,
        before: { status: report.status },
        after: { status: 'submitted' },
      });
    });
    return this.queries.get(user, reportId);
  }

  /** Makes the report's files exactly `wanted`: new ones linked (the user's own, unlinked), dropped ones released. */
  private async syncAttachments(
    manager: EntityManager,
    user: SessionUser,
    reportId: number,
    wanted: string[],
  ): Promise<void> {
    const current = await this.reports.findAttachmentIds(manager, reportId);
    const added = wanted.filter((id) => !current.includes(id));
    const dropped = current.filter((id) => !wanted.includes(id));
    await this.attachments.link(manager, user, added, REPORT_ATTACHMENT_OWNER, reportId);
    await this.reports.addAttachmentLinks(manager, reportId, added);
    await this.reports.removeAttachmentLinks(manager, reportId, dropped);
    await this.attachments.unlink(manager, dropped, REPORT_ATTACHMENT_OWNER, reportId);
  }
}

/** The department's role on the task: lead when it leads it (also when it supports too). */
function roleOf(task: ReportTask, departmentId: number): ReportRole {
  return task.departments.find((department) => department.id === departmentId)?.role ?? 'support';
}

function pickFields(report: ReportFields): ReportFields {
  return {
    workDone: report.workDone,
    problems: report.problems,
    nextSteps: report.nextSteps,
    completionPercent: report.completionPercent,
  };
}
