import { Injectable } from '@nestjs/common';
import { isInReminderWindow } from '@bizenv/shared';
import type { EntityManager } from '../../database/entity-manager.js';
import { NotificationService } from '../../notifications/notifications.service.js';
import { ReportSettingsService } from '../../report-settings/report-settings.service.js';
import { ReportLedger } from '../report-ledger.service.js';
import { SchedulerRepository } from '../scheduler.repository.js';
import type { JobContext, ScheduledJob } from './scheduled-job.js';

/**
 * (c) An in-app reminder, in the jurisdiction's reminder window before this month's report due
 * day (default 3 working days), to each department that has not yet submitted every report it
 * owes. Key: jurisdiction and period (one reminder per department per period).
 */
@Injectable()
export class ReportRemindersJob implements ScheduledJob {
  readonly name = 'reportDueReminders';
  readonly lockId = 3;

  constructor(
    private readonly scheduler: SchedulerRepository,
    private readonly ledger: ReportLedger,
    private readonly settings: ReportSettingsService,
    private readonly notifications: NotificationService,
  ) {}

  async run(manager: EntityManager, { today, period, calendar }: JobContext): Promise<number> {
    let created = 0;
    for (const jurisdictionCode of await this.scheduler.findPlanJurisdictions()) {
      const { reminderWorkingDays } = await this.settings.settingsOf(jurisdictionCode);
      const dueDate = await this.ledger.dueDate(jurisdictionCode, period);
      if (!isInReminderWindow(today, dueDate, reminderWorkingDays, calendar)) continue;
      for (const gap of await this.ledger.gaps(jurisdictionCode, period, 'pending')) {
        const ids = await this.notifications.notifyDepartments(manager, [gap.departmentId], {
          kind: 'report_due_reminder',
          title: `请于 ${dueDate} 前报送 ${period} 月度进展`,
          body: `本部门还有 ${gap.tasks.length} 项任务的 ${period} 月度进展未报送，截止日期为 ${dueDate}。`,
          link: '/reports',
          dedupeKey: `report-due:${jurisdictionCode}:${period}`,
        });
        created += ids.length;
      }
    }
    return created;
  }
}
