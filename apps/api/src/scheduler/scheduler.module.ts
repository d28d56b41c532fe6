import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NoticesModule } from '../notices/notices.module.js';
import { ReportSettingsModule } from '../report-settings/report-settings.module.js';
import { ProgressReportEntity } from '../reports/progress-report.entity.js';
import { ReportTasksRepository } from '../reports/report-tasks.repository.js';
import { ReportsModule } from '../reports/reports.module.js';
import { ReportsRepository } from '../reports/reports.repository.js';
import { DemoHistoryModule } from '../seeding/demo-history/demo-history.module.js';
import { TaskEntity } from '../tasks/task.entity.js';
import { DeadlineRemindersJob } from './jobs/deadline-reminders.job.js';
import { MissingReportsJob } from './jobs/missing-reports.job.js';
import { OverdueTasksJob } from './jobs/overdue-tasks.job.js';
import { ReportRemindersJob } from './jobs/report-reminders.job.js';
import { ReportLedger } from './report-ledger.service.js';
import { SchedulerRepository } from './scheduler.repository.js';
import { SchedulerService } from './scheduler.service.js';

/**
 * Scheduled checks: notice drafts for overdue tasks and missing reports, reminders before
 * report due days and task deadlines. Reads reports through the reports feature's own
 * repositories (their obligation rule stays in one place), read-only.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([TaskEntity, ProgressReportEntity]),
    NoticesModule,
    ReportsModule,
    ReportSettingsModule,
    DemoHistoryModule,
  ],
  providers: [
    SchedulerService,
    SchedulerRepository,
    ReportLedger,
    ReportTasksRepository,
    ReportsRepository,
    OverdueTasksJob,
    MissingReportsJob,
    ReportRemindersJob,
    DeadlineRemindersJob,
  ],
  exports: [SchedulerService],
})
export class SchedulerModule {}
