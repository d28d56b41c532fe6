import { Injectable } from '@nestjs/common';
import { AUTO_NOTICE_RESPONSE_WORKING_DAYS, previousPeriod } from '@bizenv/shared';
import type { EntityManager } from '../../database/entity-manager.js';
import { NoticeDraftsService } from '../../notices/notice-drafts.service.js';
import { type DepartmentReportGap, ReportLedger } from '../report-ledger.service.js';
import { SchedulerRepository } from '../scheduler.repository.js';
import type { JobContext, ScheduledJob } from './scheduled-job.js';

/** Tasks named in a notice's reason before "等 N 项". */
const LISTED_TASKS = 5;

/**
 * (b) A reminder notice draft (提醒, origin auto_missing_report) to each department whose
 * monthly reports of the latest period past its due date are missing — one per department and
 * period, naming the tasks (the task itself when there is one). Key: jurisdiction, period,
 * department.
 */
@Injectable()
export class MissingReportsJob implements ScheduledJob {
  readonly name = 'missingReportDrafts';
  readonly lockId = 2;

  constructor(
    private readonly scheduler: SchedulerRepository,
    private readonly ledger: ReportLedger,
    private readonly drafts: NoticeDraftsService,
  ) {}

  async run(manager: EntityManager, { today, period, calendar }: JobContext): Promise<number> {
    const responseDue = calendar.addWorkingDays(today, AUTO_NOTICE_RESPONSE_WORKING_DAYS);
    let created = 0;
    for (const jurisdictionCode of await this.scheduler.findPlanJurisdictions()) {
      // The latest period whose due date has passed: this month's once its due day is over.
      const currentDue = await this.ledger.dueDate(jurisdictionCode, period);
      const overdue = currentDue < today ? period : previousPeriod(period);
      const dueDate = await this.ledger.dueDate(jurisdictionCode, overdue);
      const gaps = await this.ledger.gaps(jurisdictionCode, overdue, 'missing');
      created += await this.drafts.draft(
        manager,
        gaps.map((gap) => ({
          dedupeKey: `missing-report:${jurisdictionCode}:${overdue}:d${gap.departmentId}`,
          origin: 'auto_missing_report' as const,
          jurisdictionCode,
          departmentId: gap.departmentId,
          taskId: gap.tasks.length === 1 ? gap.tasks[0]!.id : null,
          reason: reasonOf(gap, overdue, dueDate),
          level: 'reminder' as const,
          responseDue,
        })),
      );
    }
    return created;
  }
}

function reasonOf(gap: DepartmentReportGap, period: string, dueDate: string): string {
  const named = gap.tasks
    .slice(0, LISTED_TASKS)
    .map((task) => `“${task.code} ${task.title}”`)
    .join('、');
  const more = gap.tasks.length > LISTED_TASKS ? `等 ${gap.tasks.length} 项任务` : '';
  return (
    `${gap.departmentName}${named}${more}的 ${period} 月度进展报告截至 ${dueDate} 仍未报送。` +
    `请尽快报送，并说明未按时报送的原因。`
  );
}
