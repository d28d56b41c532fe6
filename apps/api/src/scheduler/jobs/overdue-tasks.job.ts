import { Injectable } from '@nestjs/common';
import {
  AUTO_NOTICE_RESPONSE_WORKING_DAYS,
  effectiveDeadline,
  isTaskOverdue,
  TASK_STATUS_LABELS,
} from '@bizenv/shared';
import type { EntityManager } from '../../database/entity-manager.js';
import { NoticeDraftsService } from '../../notices/notice-drafts.service.js';
import { SchedulerRepository } from '../scheduler.repository.js';
import type { JobContext, ScheduledJob } from './scheduled-job.js';

/**
 * (a) A supervision notice draft (督办, origin auto_overdue_task) to each lead department of
 * every overdue task. Key: task, printed deadline and department — one draft per task and
 * deadline, so an extension (a new deadline) that passes again drafts again.
 */
@Injectable()
export class OverdueTasksJob implements ScheduledJob {
  readonly name = 'overdueTaskDrafts';
  readonly lockId = 1;

  constructor(
    private readonly scheduler: SchedulerRepository,
    private readonly drafts: NoticeDraftsService,
  ) {}

  async run(manager: EntityManager, { today, calendar }: JobContext): Promise<number> {
    const tasks = (await this.scheduler.findDatedOpenTasks()).filter((task) =>
      isTaskOverdue(task, today, calendar),
    );
    const responseDue = calendar.addWorkingDays(today, AUTO_NOTICE_RESPONSE_WORKING_DAYS);
    return this.drafts.draft(
      manager,
      tasks.flatMap((task) => {
        const due = effectiveDeadline(task.deadlineDate, calendar);
        const late = calendar.workingDaysBetween(due, today);
        const reason =
          `任务“${task.code} ${task.title}”的完成时限为 ${due}，目前仍为${TASK_STATUS_LABELS[task.status]}，` +
          `已逾期 ${late} 个工作日。请说明进展和逾期原因，提出整改措施及完成时间。`;
        return task.leadDepartmentIds.map((departmentId) => ({
          dedupeKey: `overdue-task:${task.id}:${task.deadlineDate}:d${departmentId}`,
          origin: 'auto_overdue_task' as const,
          jurisdictionCode: task.jurisdictionCode,
          departmentId,
          taskId: task.id,
          reason,
          level: 'supervision' as const,
          responseDue,
        }));
      }),
    );
  }
}
