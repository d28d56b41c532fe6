import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { chinaDateOf, chinaPeriodOf } from '@bizenv/shared';
import { WorkingDayCalendarService } from '../calendar/calendar.service.js';
import { Clock } from '../common/clock.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { DemoHistoryService } from '../seeding/demo-history/demo-history.service.js';
import { DeadlineRemindersJob } from './jobs/deadline-reminders.job.js';
import { MissingReportsJob } from './jobs/missing-reports.job.js';
import { OverdueTasksJob } from './jobs/overdue-tasks.job.js';
import { ReportRemindersJob } from './jobs/report-reminders.job.js';
import type { JobContext, JobName, ScheduledJob } from './jobs/scheduled-job.js';
import { SchedulerRepository } from './scheduler.repository.js';

/** Per job: rows it created, or 'skipped' when another instance held the job's lock. */
export type SchedulerRunReport = Record<JobName, number | 'skipped'>;

/**
 * Runs the scheduled checks at start-up and every SCHEDULER_INTERVAL_MINUTES (0: never; the
 * tests call runAll themselves). Safe with several API instances on one database:
 * 1. every generated row (notice draft, reminder) has a deterministic dedupe_key under a
 *    UNIQUE index and is inserted with ON CONFLICT DO NOTHING, so concurrent or repeated runs
 *    cannot double anything — on PostgreSQL and SQLite alike;
 * 2. on PostgreSQL each job runs in one transaction holding pg_try_advisory_xact_lock for that
 *    job: a second instance arriving meanwhile skips the job instead of repeating the work.
 */
@Injectable()
export class SchedulerService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Scheduler');
  private readonly jobs: ScheduledJob[];
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly scheduler: SchedulerRepository,
    private readonly transactions: TransactionRunner,
    private readonly calendar: WorkingDayCalendarService,
    private readonly clock: Clock,
    private readonly demoHistory: DemoHistoryService,
    overdueTasks: OverdueTasksJob,
    missingReports: MissingReportsJob,
    reportReminders: ReportRemindersJob,
    deadlineReminders: DeadlineRemindersJob,
  ) {
    this.jobs = [overdueTasks, missingReports, reportReminders, deadlineReminders];
  }

  onApplicationBootstrap(): void {
    const minutes = this.config.schedulerIntervalMinutes;
    if (minutes === 0) return;
    // A demo history on its way would otherwise meet a first run that drafts a notice for
    // every report of the last period (docs/demo-history.md).
    void this.demoHistory.settled().then(() => this.tick());
    this.timer = setInterval(() => void this.tick(), minutes * 60_000);
    // The timer must never keep the process alive on its own.
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Runs every job once, one after the other, for the Clock's "today" in China. */
  async runAll(): Promise<SchedulerRunReport> {
    const now = this.clock.now();
    const context: JobContext = {
      today: chinaDateOf(now),
      period: chinaPeriodOf(now),
      calendar: await this.calendar.getCalendar(),
    };
    const report = {} as SchedulerRunReport;
    for (const job of this.jobs) report[job.name] = await this.runJob(job, context);
    return report;
  }

  private runJob(job: ScheduledJob, context: JobContext): Promise<number | 'skipped'> {
    return this.transactions.run(async (manager) => {
      if (!(await this.scheduler.tryJobLock(manager, job.lockId))) return 'skipped';
      return job.run(manager, context);
    });
  }

  /** A timer tick: skipped while the previous run is still going; failures are logged. */
  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.runAll()
      .then((report) => this.logger.log(`定时检查完成：${JSON.stringify(report)}`))
      .catch((error: unknown) =>
        this.logger.error(`定时检查失败：${error instanceof Error ? error.stack : String(error)}`),
      )
      .finally(() => {
        this.running = null;
      });
    await this.running;
  }
}
