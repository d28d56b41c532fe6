import { Injectable } from '@nestjs/common';
import type { SessionUser } from '@bizenv/shared';
import { AccessPolicy, type TaskAccessFacts } from '../access/access-policy.service.js';
import { AppError } from '../common/app-error.js';
import { type ReportTask, ReportTasksRepository } from './report-tasks.repository.js';
import { reportNotFound, taskNotFound } from './reports.errors.js';
import { type ReportRow, ReportsRepository } from './reports.repository.js';

export function taskFacts(task: ReportTask): TaskAccessFacts {
  return {
    id: task.id,
    jurisdictionCode: task.jurisdictionCode,
    departmentIds: task.departments.map((department) => department.id),
  };
}

/**
 * Who may read a report: whoever may read its task (AccessPolicy), except that a department
 * user reads only its own department's reports, and a draft is seen by its department only.
 * Everything else is 404 REPORT_NOT_FOUND, so ids do not reveal what exists.
 */
@Injectable()
export class ReportAccessService {
  constructor(
    private readonly reports: ReportsRepository,
    private readonly tasks: ReportTasksRepository,
    private readonly access: AccessPolicy,
  ) {}

  async readableReport(
    user: SessionUser,
    reportId: number,
  ): Promise<{ row: ReportRow; task: ReportTask }> {
    const row = await this.reports.findRow(reportId);
    if (!row) throw reportNotFound();
    const task = await this.tasks.find(row.report.taskId);
    if (!task) throw reportNotFound();
    try {
      await this.access.assertCanReadTask(user, taskFacts(task));
    } catch (error) {
      if (error instanceof AppError) throw reportNotFound();
      throw error;
    }
    if (!canSeeReport(user, row.report)) throw reportNotFound();
    return { row, task };
  }

  /** The task, if the user may read it (404 TASK_NOT_FOUND otherwise). */
  async readableTask(user: SessionUser, taskId: number): Promise<ReportTask> {
    const task = await this.tasks.find(taskId);
    if (!task) throw taskNotFound();
    await this.access.assertCanReadTask(user, taskFacts(task));
    return task;
  }
}

/** The department rule on top of task readability. */
export function canSeeReport(
  user: SessionUser,
  report: { departmentId: number; status: string },
): boolean {
  const ownDepartment = user.role === 'department' && user.departmentId === report.departmentId;
  if (user.role === 'department' && !ownDepartment) return false;
  return report.status !== 'draft' || ownDepartment;
}
