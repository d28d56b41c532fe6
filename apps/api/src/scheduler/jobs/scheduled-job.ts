import type { WorkingDayCalendar } from '@bizenv/shared';
import type { EntityManager } from '../../database/entity-manager.js';

/** What every job of one run shares: the same "today" and calendar. */
export interface JobContext {
  /** China calendar date "YYYY-MM-DD" of the run (UTC+8, from the Clock). */
  today: string;
  /** The current reporting period "YYYY-MM" in China. */
  period: string;
  calendar: WorkingDayCalendar;
}

/**
 * One scheduled check. `run` writes only through `manager` (the job's transaction, which
 * holds the job's lock) and every row it writes carries a deterministic dedupe key, so running
 * it again — later, or at the same moment on another instance — adds nothing. Returns how
 * many rows were new.
 */
export interface ScheduledJob {
  readonly name: JobName;
  /** Second key of the job's PostgreSQL advisory lock; unique per job. */
  readonly lockId: number;
  run(manager: EntityManager, context: JobContext): Promise<number>;
}

export const JOB_NAMES = [
  'overdueTaskDrafts',
  'missingReportDrafts',
  'reportDueReminders',
  'taskDeadlineReminders',
] as const;
export type JobName = (typeof JOB_NAMES)[number];
