import type { WorkingDayCalendar } from '@bizenv/shared';
import type { HistoryActors, HistoryPlan } from './history-model.js';

/** The months a plan's history covers and how each period's report is judged. */
export interface PlanWindow {
  plan: HistoryPlan;
  /** Every period with reports: the plan's own months, then carried-over months up to now. */
  periods: string[];
  /** Index in `periods` of the plan's last own month (deadline or year end). */
  planEndIndex: number;
  dueDate(period: string): string;
  calendar: WorkingDayCalendar;
  actors: HistoryActors;
  /** Nothing happens after this instant (the Clock at seeding). */
  now: Date;
}

export type Outcome = 'closed' | 'pending_closure' | 'open';
