import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttachmentsModule } from '../attachments/attachments.module.js';
import { ReportSettingsModule } from '../report-settings/report-settings.module.js';
import { TaskTrackingModule } from '../task-tracking/task-tracking.module.js';
import { TaskEntity } from '../tasks/task.entity.js';
import { ProgressReportEntity } from './progress-report.entity.js';
import { ReportAccessService } from './report-access.service.js';
import { ReportDueDatesService } from './report-due-dates.service.js';
import { ReportPeriodLockEntity } from './report-period-lock.entity.js';
import { ReportPeriodLocksRepository } from './report-period-locks.repository.js';
import { ReportQueriesService } from './report-queries.service.js';
import { ReportReviewService } from './report-review.service.js';
import { ReportStatusController } from './report-status.controller.js';
import { ReportStatusService } from './report-status.service.js';
import { ReportTasksRepository } from './report-tasks.repository.js';
import { ReportsController } from './reports.controller.js';
import { ReportsRepository } from './reports.repository.js';
import { ReportsService } from './reports.service.js';

/** Monthly progress reports: drafting, submission, review, timelines and lateness. */
@Module({
  imports: [
    TypeOrmModule.forFeature([ProgressReportEntity, TaskEntity, ReportPeriodLockEntity]),
    AttachmentsModule,
    ReportSettingsModule,
    // Its TaskHistoryService records the status change an accepted report causes.
    TaskTrackingModule,
  ],
  controllers: [ReportsController, ReportStatusController],
  providers: [
    ReportsRepository,
    ReportTasksRepository,
    ReportAccessService,
    ReportDueDatesService,
    ReportQueriesService,
    ReportsService,
    ReportReviewService,
    ReportStatusService,
    ReportPeriodLocksRepository,
  ],
  // ReportsService and ReportTasksRepository serve the bulk progress upload (ledgers).
  exports: [
    ReportDueDatesService,
    ReportPeriodLocksRepository,
    ReportsService,
    ReportTasksRepository,
  ],
})
export class ReportsModule {}
