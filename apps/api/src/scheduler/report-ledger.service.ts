import { Injectable } from '@nestjs/common';
import type { ReportTimeliness } from '@bizenv/shared';
import { groupBy } from '../common/group-by.js';
import { ReportDueDatesService } from '../reports/report-due-dates.service.js';
import { ReportTasksRepository } from '../reports/report-tasks.repository.js';
import { ReportsRepository } from '../reports/reports.repository.js';

/** The reports one department owes for a period that are in a given state. */
export interface DepartmentReportGap {
  departmentId: number;
  departmentName: string;
  tasks: { id: number; code: string; title: string }[];
}

/**
 * Which monthly reports are missing or still pending, by department, computed exactly as the
 * report-status page computes it (engineer C's obligations, reports and due dates), without a
 * signed-in user: the scheduler acts for the system.
 */
@Injectable()
export class ReportLedger {
  constructor(
    private readonly obligations: ReportTasksRepository,
    private readonly reports: ReportsRepository,
    private readonly dueDates: ReportDueDatesService,
  ) {}

  async dueDate(jurisdictionCode: string, period: string): Promise<string> {
    return (await this.dueDates.book([jurisdictionCode])).dueDate(jurisdictionCode, period);
  }

  async gaps(
    jurisdictionCode: string,
    period: string,
    timeliness: ReportTimeliness,
  ): Promise<DepartmentReportGap[]> {
    const owed = await this.obligations.findObligations([jurisdictionCode]);
    const [book, reports] = await Promise.all([
      this.dueDates.book([jurisdictionCode]),
      this.reports.findForPeriod(period, [...new Set(owed.map((row) => row.taskId))]),
    ]);
    const firstSubmitted = new Map(
      reports.map((report) => [`${report.taskId}/${report.departmentId}`, report.firstSubmittedAt]),
    );
    const open = owed.filter(
      (row) =>
        book.timeliness(
          jurisdictionCode,
          period,
          firstSubmitted.get(`${row.taskId}/${row.departmentId}`) ?? null,
        ) === timeliness,
    );
    return [...groupBy(open, (row) => row.departmentId).values()].map((rows) => ({
      departmentId: rows[0]!.departmentId,
      departmentName: rows[0]!.departmentName,
      tasks: rows.map((row) => ({ id: row.taskId, code: row.taskCode, title: row.taskTitle })),
    }));
  }
}
