import { Injectable } from '@nestjs/common';
import type { ReportDetailResponse, SessionUser } from '@bizenv/shared';
import { AccessPolicy } from '../access/access-policy.service.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { TaskHistoryService } from '../task-tracking/events/task-history.service.js';
import { ReportAccessService } from './report-access.service.js';
import { ReportPeriodLocksRepository } from './report-period-locks.repository.js';
import { ReportQueriesService } from './report-queries.service.js';
import { ReportTasksRepository } from './report-tasks.repository.js';
import { reportNotSubmitted, versionConflict } from './reports.errors.js';
import { ReportsRepository } from './reports.repository.js';

/**
 * The office's review of a submitted report: accept it, or return it with a reason for the
 * department to edit and resubmit. Accepting the lead department's report carries its
 * completion onto the task (unless a later period's report was accepted already) and starts a
 * task that had not started.
 */
@Injectable()
export class ReportReviewService {
  constructor(
    private readonly reports: ReportsRepository,
    private readonly tasks: ReportTasksRepository,
    private readonly reportAccess: ReportAccessService,
    private readonly queries: ReportQueriesService,
    private readonly access: AccessPolicy,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly history: TaskHistoryService,
    private readonly clock: Clock,
    private readonly locks: ReportPeriodLocksRepository,
  ) {}

  async accept(
    user: SessionUser,
    reportId: number,
    version: number,
  ): Promise<ReportDetailResponse> {
    const report = await this.reviewable(user, reportId);
    await this.transactions.run(async (manager) => {
      const now = this.clock.now();
      const moved = await this.reports.conditionalUpdate(
        manager,
        reportId,
        version,
        ['submitted'],
        {
          status: 'accepted',
          reviewedBy: user.id,
          reviewedAt: now,
          returnReason: null,
        },
      );
      if (!moved) throw versionConflict();
      await this.reports.insertEvent(manager, {
        reportId,
        kind: 'accepted',
        actorUserId: user.id,
        reason: null,
        occurredAt: now,
      });
      await this.audit.record(manager, {
        action: 'report.accept',
        targetType: 'progress_report',
        targetId: reportId,
        before: { status: 'submitted' },
        after: { status: 'accepted' },
      });
      const carriesCompletion =
        report.role === 'lead' &&
        !(await this.reports.hasLaterAcceptedLeadReport(manager, report.taskId, report.period));
      if (!carriesCompletion) return;
      const before = await this.tasks.applyAcceptedCompletion(
        manager,
        report.taskId,
        report.completionPercent,
      );
      if (before.status === 'not_started') {
        await this.history.record(manager, {
          taskId: report.taskId,
          type: 'status_changed',
          actorUserId: user.id,
          occurredAt: now,
          reason: `${report.period} 月度报告审核通过，任务转为推进中`,
          fromStatus: 'not_started',
          toStatus: 'in_progress',
          before: { completionPercent: before.completionPercent },
          after: { completionPercent: report.completionPercent, reportId },
        });
      }
      await this.audit.record(manager, {
        action: 'task.completion.update',
        targetType: 'task',
        targetId: report.taskId,
        before: { status: before.status, completionPercent: before.completionPercent },
        after: {
          status: before.status === 'not_started' ? 'in_progress' : before.status,
          completionPercent: report.completionPercent,
          reportId,
        },
      });
    });
    return this.queries.get(user, reportId);
  }

  async return(
    user: SessionUser,
    reportId: number,
    reason: string,
    version: number,
  ): Promise<ReportDetailResponse> {
    await this.reviewable(user, reportId);
    await this.transactions.run(async (manager) => {
      const now = this.clock.now();
      const moved = await this.reports.conditionalUpdate(
        manager,
        reportId,
        version,
        ['submitted'],
        {
          status: 'returned',
          reviewedBy: user.id,
          reviewedAt: now,
          returnReason: reason,
        },
      );
      if (!moved) throw versionConflict();
      await this.reports.insertEvent(manager, {
        reportId,
        kind: 'returned',
        actorUserId: user.id,
        reason,
        occurredAt: now,
      });
      await this.audit.record(manager, {
        action: 'report.return',
        targetType: 'progress_report',
        targetId: reportId,
        before: { status: 'submitted' },
        after: { status: 'returned', reason },
      });
    });
    return this.queries.get(user, reportId);
  }

  /** The report, when the user is the office of its task's jurisdiction and it awaits review. */
  private async reviewable(user: SessionUser, reportId: number) {
    const { row, task } = await this.reportAccess.readableReport(user, reportId);
    await this.access.assertOfficeOf(user, task.jurisdictionCode);
    if (row.report.status !== 'submitted') throw reportNotSubmitted();
    await this.locks.assertUnlocked(task.jurisdictionCode, row.report.period);
    return row.report;
  }
}
