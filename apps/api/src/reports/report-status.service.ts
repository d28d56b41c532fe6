import { Injectable } from '@nestjs/common';
import {
  countTimeliness,
  type DepartmentReportStatusResponse,
  type JurisdictionReportStatusResponse,
  type MyReportObligationsResponse,
  type ReportObligationResponse,
  type SessionUser,
} from '@bizenv/shared';
import { AccessPolicy } from '../access/access-policy.service.js';
import { groupBy } from '../common/group-by.js';
import type { ProgressReportEntity } from './progress-report.entity.js';
import { type DueDateBook, ReportDueDatesService } from './report-due-dates.service.js';
import { type ObligationRow, ReportTasksRepository } from './report-tasks.repository.js';
import { periodInFuture } from './reports.errors.js';
import { ReportsRepository } from './reports.repository.js';

/**
 * Who owes which report for a period and whether it came in on time — computed every time from
 * the open tasks, the reports, the due date (due day + calendar) and the Clock; nothing stored.
 */
@Injectable()
export class ReportStatusService {
  constructor(
    private readonly tasks: ReportTasksRepository,
    private readonly reports: ReportsRepository,
    private readonly dueDates: ReportDueDatesService,
    private readonly access: AccessPolicy,
  ) {}

  async forJurisdiction(
    user: SessionUser,
    jurisdictionCode: string,
    period: string,
  ): Promise<JurisdictionReportStatusResponse> {
    await this.access.assertCanReadJurisdiction(user, jurisdictionCode);
    this.assertNotFuture(period);
    const obligations = await this.tasks.findObligations([jurisdictionCode]);
    const { book, items } = await this.evaluate(obligations, period, jurisdictionCode);
    const departments: DepartmentReportStatusResponse[] = [
      ...groupBy(items, (item) => item.row.departmentId).values(),
    ].map((group) => {
      const counts = countTimeliness(group.map((item) => item.response.timeliness));
      return {
        departmentId: group[0]!.row.departmentId,
        departmentName: group[0]!.row.departmentName,
        ...counts,
        obligations: group.map((item) => item.response),
      };
    });
    return {
      jurisdictionCode,
      period,
      dueDate: book.dueDate(jurisdictionCode, period),
      asOf: book.today,
      departments,
    };
  }

  /** A department user's tasks needing a report this period, with the report's state. */
  async mine(user: SessionUser, period: string | undefined): Promise<MyReportObligationsResponse> {
    const chosen = period ?? this.dueDates.currentPeriod();
    this.assertNotFuture(chosen);
    const obligations =
      user.departmentId === null
        ? []
        : await this.tasks.findObligations([user.jurisdictionCode], user.departmentId);
    const { book, items } = await this.evaluate(obligations, chosen, user.jurisdictionCode);
    return {
      period: chosen,
      dueDate: book.dueDate(user.jurisdictionCode, chosen),
      asOf: book.today,
      obligations: items.map((item) => item.response),
    };
  }

  private assertNotFuture(period: string): void {
    if (period > this.dueDates.currentPeriod()) throw periodInFuture();
  }

  private async evaluate(obligations: ObligationRow[], period: string, jurisdictionCode: string) {
    const [book, reports] = await Promise.all([
      this.dueDates.book([jurisdictionCode]),
      this.reports.findForPeriod(period, [...new Set(obligations.map((row) => row.taskId))]),
    ]);
    const byKey = new Map(
      reports.map((report) => [`${report.taskId}/${report.departmentId}`, report]),
    );
    const items = obligations.map((row) => ({
      row,
      response: toObligation(
        row,
        byKey.get(`${row.taskId}/${row.departmentId}`) ?? null,
        period,
        book,
      ),
    }));
    return { book, items };
  }
}

function toObligation(
  row: ObligationRow,
  report: ProgressReportEntity | null,
  period: string,
  book: DueDateBook,
): ReportObligationResponse {
  return {
    taskId: row.taskId,
    taskCode: row.taskCode,
    taskTitle: row.taskTitle,
    taskStatus: row.taskStatus,
    role: report?.role ?? row.role,
    reportId: report?.id ?? null,
    reportStatus: report?.status ?? null,
    reportVersion: report?.version ?? null,
    timeliness: book.timeliness(row.jurisdictionCode, period, report?.firstSubmittedAt ?? null),
  };
}
