import { Inject, Injectable, Logger } from '@nestjs/common';
import { WorkingDayCalendarService } from '../../calendar/calendar.service.js';
import { Clock } from '../../common/clock.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import type { EntityManager } from '../../database/entity-manager.js';
import { TransactionRunner } from '../../database/transaction-runner.js';
import { ReportDueDatesService } from '../../reports/report-due-dates.service.js';
import { generateDemoHistory } from './demo-history.generator.js';
import { DemoHistoryRepository } from './demo-history.repository.js';
import type { HistoryActors, HistoryTask } from './history-model.js';
import { DemoHistoryWriter, type HistoryCounts } from './demo-history-writer.repository.js';

/**
 * Demo mode only (and DEMO_HISTORY on): fills a database that has plans but no reports with a
 * deterministic, labelled history of reports, reviews, status changes, problems and notices,
 * in one transaction. Runs after the demo accounts (AccountsStartup calls it); the scheduler
 * waits for it before its first run, so it never drafts notices for a history about to arrive.
 */
@Injectable()
export class DemoHistoryService {
  private readonly logger = new Logger('DemoHistory');
  private running: Promise<HistoryCounts | null> | null = null;
  /** What the last seeding wrote and what it cost (the start-up log; the tests read it). */
  lastRun: { counts: HistoryCounts; wallMs: number; cpuMs: number } | null = null;
  private markSettled!: () => void;
  private readonly settledPromise = new Promise<void>((resolve) => {
    this.markSettled = resolve;
  });

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: DemoHistoryRepository,
    private readonly writer: DemoHistoryWriter,
    private readonly transactions: TransactionRunner,
    private readonly calendar: WorkingDayCalendarService,
    private readonly dueDates: ReportDueDatesService,
    private readonly clock: Clock,
  ) {}

  get enabled(): boolean {
    return this.config.appMode === 'demo' && this.config.demoHistory !== false;
  }

  /** Resolves once the history is in (or was not wanted): the scheduler's first run waits. */
  settled(): Promise<void> {
    return this.enabled ? this.settledPromise : Promise.resolve();
  }

  /** Once per process: what was written, or null when disabled or reports exist already. */
  seedIfEmpty(): Promise<HistoryCounts | null> {
    this.running ??= this.seed().finally(() => this.markSettled());
    return this.running;
  }

  private async seed(): Promise<HistoryCounts | null> {
    if (!this.enabled || (await this.repository.hasReports())) return null;
    const started = performance.now();
    // Wall time depends on the machine's load; CPU time says what the history itself costs.
    const cpuBefore = process.cpuUsage();
    const calendar = await this.calendar.getCalendar();
    const now = this.clock.now();
    const counts = await this.transactions.run(async (manager) => {
      const plans = await this.repository.findPlans(manager);
      const tasks = await this.repository.findTasks(manager);
      const actors = await this.actors(manager, tasks);
      const book = await this.dueDates.book([
        ...new Set(plans.map((plan) => plan.jurisdictionCode)),
      ]);
      const history = generateDemoHistory({
        plans,
        tasks,
        actors: actors.lookup,
        calendar,
        dueDate: (code, period) => book.dueDate(code, period),
        now,
      });
      const written = await this.writer.write(manager, history);
      return { app_user: actors.created, ...written };
    });
    const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
    const cpu = process.cpuUsage(cpuBefore);
    this.lastRun = {
      counts,
      wallMs: Math.round(performance.now() - started),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    };
    this.logger.log(
      `已生成演示历史数据（每条文字均带“【演示数据】”标记）：共 ${total} 行，` +
        `用时 ${this.lastRun.wallMs} ms（CPU ${this.lastRun.cpuMs} ms）${JSON.stringify(counts)}`,
    );
    return counts;
  }

  /** Office accounts by jurisdiction; a disabled clerk account for each department lacking one. */
  private async actors(
    manager: EntityManager,
    tasks: HistoryTask[],
  ): Promise<{ lookup: HistoryActors; created: number }> {
    const offices = await this.repository.findOfficeUsers(manager);
    const clerks = await this.repository.findDepartmentUsers(manager);
    const needed = [
      ...new Set(tasks.flatMap((task) => task.departments.map((d) => d.departmentId))),
    ]
      .filter((id) => !clerks.has(id))
      .sort((a, b) => a - b);
    const departments = await this.repository.findDepartments(manager, needed);
    const ids = await this.writer.insertClerks(manager, departments, this.clock.now());
    departments.forEach((department, index) => clerks.set(department.id, ids[index]!));
    return {
      created: ids.length,
      lookup: {
        officeUserId: (code) => {
          const id = offices.get(code);
          if (id === undefined) throw new Error(`Demo history: no office account in ${code}`);
          return id;
        },
        departmentUserId: (id) => clerks.get(id)!,
      },
    };
  }
}
