import { Injectable, type OnModuleInit } from '@nestjs/common';
import type {
  ReportDetailResponse,
  ReportStatus,
  ReportSummaryResponse,
  SessionUser,
} from '@bizenv/shared';
import { AccessPolicy } from '../access/access-policy.service.js';
import { AttachmentOwners } from '../attachments/attachment-owners.js';
import { AttachmentsService } from '../attachments/attachments.service.js';
import { ReportAccessService, canSeeReport } from './report-access.service.js';
import { ReportDueDatesService } from './report-due-dates.service.js';
import { toReportDetail, toReportSummary } from './reports.mapper.js';
import { type ReportRow, ReportsRepository } from './reports.repository.js';

/** Owner type of report evidence in attachment.owner_type. */
export const REPORT_ATTACHMENT_OWNER = 'report';

export interface ReportListQuery {
  period?: string;
  status?: ReportStatus;
  departmentId?: number;
  taskId?: number;
  jurisdictionCode?: string;
  limit: number;
  offset: number;
}

/** Reading reports: the office inbox and department lists, one report, a task's timeline. */
@Injectable()
export class ReportQueriesService implements OnModuleInit {
  constructor(
    private readonly reports: ReportsRepository,
    private readonly reportAccess: ReportAccessService,
    private readonly access: AccessPolicy,
    private readonly dueDates: ReportDueDatesService,
    private readonly attachments: AttachmentsService,
    private readonly owners: AttachmentOwners,
  ) {}

  onModuleInit(): void {
    // A report's evidence is downloadable by whoever may read the report.
    this.owners.register(REPORT_ATTACHMENT_OWNER, async (user, reportId) => {
      await this.reportAccess.readableReport(user, reportId);
    });
  }

  async list(
    user: SessionUser,
    query: ReportListQuery,
  ): Promise<{ items: ReportSummaryResponse[]; total: number }> {
    const ownDepartment = user.role === 'department' ? user.departmentId : null;
    const { rows, total } = await this.reports.list({
      ...query,
      access: await this.access.taskFilterFor(user, 't'),
      onlyDepartmentId: user.role === 'department' ? (ownDepartment ?? -1) : null,
      draftsOfDepartmentId: ownDepartment,
    });
    const book = await this.dueDates.book(rows.map((row) => row.jurisdictionCode));
    return { items: rows.map((row) => toReportSummary(row, book)), total };
  }

  async get(user: SessionUser, reportId: number): Promise<ReportDetailResponse> {
    const { row } = await this.reportAccess.readableReport(user, reportId);
    return (await this.details([row]))[0]!;
  }

  /** The task's reports the user may see, newest period first: the reporting timeline. */
  async timeline(user: SessionUser, taskId: number): Promise<ReportDetailResponse[]> {
    await this.reportAccess.readableTask(user, taskId);
    const rows = (await this.reports.findRowsOfTask(taskId)).filter((row) =>
      canSeeReport(user, row.report),
    );
    return this.details(rows);
  }

  /** Full reports with actuals, files and history, in three queries whatever their number. */
  async details(rows: ReportRow[]): Promise<ReportDetailResponse[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.report.id);
    const [actuals, attachments, events, book] = await Promise.all([
      this.reports.findActuals(ids),
      this.attachments.listOwned(REPORT_ATTACHMENT_OWNER, ids),
      this.reports.findEvents(ids),
      this.dueDates.book(rows.map((row) => row.jurisdictionCode)),
    ]);
    return rows.map((row) => toReportDetail(row, book, { actuals, attachments, events }));
  }
}
