import { Injectable } from '@nestjs/common';
import {
  effectiveDeadline,
  isInReminderWindow,
  TASK_DEADLINE_REMINDER_WORKING_DAYS,
} from '@bizenv/shared';
import type { EntityManager } from '../../database/entity-manager.js';
import { NotificationService } from '../../notifications/notifications.service.js';
import { SchedulerRepository } from '../scheduler.repository.js';
import type { JobContext, ScheduledJob } from './scheduled-job.js';

/**
 * (c) An in-app reminder to the lead and support departments of every open task whose
 * deadline is at most TASK_DEADLINE_REMINDER_WORKING_DAYS working days away. Key: task and
 * printed deadline (one reminder per department per deadline).
 */
@Injectable()
export class DeadlineRemindersJob implements ScheduledJob {
  readonly name = 'taskDeadlineReminders';
  readonly lockId = 4;

  constructor(
    private readonly scheduler: SchedulerRepository,
    private readonly notifications: NotificationService,
  ) {}

  async run(manager: EntityManager, { today, calendar }: JobContext): Promise<number> {
    let created = 0;
    for (const task of await this.scheduler.findDatedOpenTasks()) {
      const due = effectiveDeadline(task.deadlineDate, calendar);
      if (!isInReminderWindow(today, due, TASK_DEADLINE_REMINDER_WORKING_DAYS, calendar)) continue;
      const ids = await this.notifications.notifyDepartments(manager, task.departmentIds, {
        kind: 'task_deadline_reminder',
        title: `任务将于 ${due} 到期`,
        body: `“${task.code} ${task.title}”的完成时限为 ${due}，请抓紧推进并及时报送进展。`,
        link: `/tasks/${task.id}`,
        dedupeKey: `task-deadline:${task.id}:${task.deadlineDate}`,
      });
      created += ids.length;
    }
    return created;
  }
}
