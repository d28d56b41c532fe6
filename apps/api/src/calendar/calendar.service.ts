import { Injectable } from '@nestjs/common';
import { WorkingDayCalendar } from '@bizenv/shared';
import { CalendarRepository } from './calendar.repository.js';

/**
 * The working-day calendar the whole API counts with: the built-in holiday data of
 * @bizenv/shared with the admins' holiday years (table holiday_year) laid over it. Built once
 * and cached; a change of a holiday year rebuilds it (`invalidate`).
 */
@Injectable()
export class WorkingDayCalendarService {
  private cached: Promise<WorkingDayCalendar> | null = null;

  constructor(private readonly years: CalendarRepository) {}

  getCalendar(): Promise<WorkingDayCalendar> {
    this.cached ??= this.build();
    return this.cached;
  }

  /** Called after a holiday year was saved or removed (after the commit). */
  invalidate(): void {
    this.cached = null;
  }

  private async build(): Promise<WorkingDayCalendar> {
    try {
      const overrides = await this.years.findAll();
      return new WorkingDayCalendar(
        overrides.map(({ year, holidays, makeupWorkdays }) => ({ year, holidays, makeupWorkdays })),
      );
    } catch (error) {
      // Do not cache a failure (a database hiccup): the next caller tries again.
      this.cached = null;
      throw error;
    }
  }
}
