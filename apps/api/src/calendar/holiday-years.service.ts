import { Injectable } from '@nestjs/common';
import {
  BUILT_IN_HOLIDAY_YEARS,
  type HolidayYear,
  type HolidayYearResponse,
  type PutHolidayYearRequest,
  type SessionUser,
  WorkingDayCalendar,
} from '@bizenv/shared';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import {
  holidayYearConflict,
  holidayYearInvalid,
  holidayYearNotOverridden,
  versionConflict,
} from './calendar.errors.js';
import { toBuiltInResponse, toOverrideResponse } from './calendar.mapper.js';
import { CalendarRepository } from './calendar.repository.js';
import { WorkingDayCalendarService } from './calendar.service.js';
import { holidayYearProblems } from './holiday-year.validation.js';

const sortedUnique = (dates: string[]): string[] => [...new Set(dates)].sort();

/** What a system admin does with the holiday calendar: list, add or correct a year, revert it. */
@Injectable()
export class HolidayYearsService {
  constructor(
    private readonly years: CalendarRepository,
    private readonly calendar: WorkingDayCalendarService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Every year the calendar knows, built-in or overridden, ascending. */
  async list(): Promise<HolidayYearResponse[]> {
    const overrides = new Map((await this.years.findAll()).map((row) => [row.year, row]));
    const builtIn = new Map(BUILT_IN_HOLIDAY_YEARS.map((data) => [data.year, data]));
    const yearsKnown = [...new Set([...builtIn.keys(), ...overrides.keys()])].sort((a, b) => a - b);
    return yearsKnown.map((year) => {
      const override = overrides.get(year);
      return override
        ? toOverrideResponse(override, builtIn.has(year))
        : toBuiltInResponse(builtIn.get(year)!);
    });
  }

  async put(
    user: SessionUser,
    year: number,
    request: PutHolidayYearRequest,
  ): Promise<HolidayYearResponse> {
    // Checked as sent, so the details name the positions the admin entered.
    const problems = holidayYearProblems({
      year,
      holidays: request.holidays,
      makeupWorkdays: request.makeupWorkdays,
    });
    if (problems.length > 0) throw holidayYearInvalid(problems);
    const data: HolidayYear = {
      year,
      holidays: sortedUnique(request.holidays),
      makeupWorkdays: sortedUnique(request.makeupWorkdays),
    };
    const saved = await this.transactions.run(async (manager) => {
      const existing = await this.years.findOne(manager, year);
      this.assertFitsOtherYears(
        data,
        (await this.years.findAll(manager)).filter((row) => row.year !== year),
      );
      const now = this.clock.now();
      if (existing === null) {
        // Creating: the client must not believe it is replacing something.
        if (request.version !== undefined && request.version !== 0) throw versionConflict();
        await this.years.insert(manager, data, user.id, now);
      } else {
        if (request.version === undefined) throw versionConflict();
        if (!(await this.years.update(manager, data, request.version, user.id, now))) {
          throw versionConflict();
        }
      }
      await this.audit.record(manager, {
        action: 'calendar.holiday_year.save',
        targetType: 'holiday_year',
        targetId: year,
        before: existing && {
          holidays: existing.holidays,
          makeupWorkdays: existing.makeupWorkdays,
        },
        after: { holidays: data.holidays, makeupWorkdays: data.makeupWorkdays },
      });
      return (await this.years.findOne(manager, year))!;
    });
    this.calendar.invalidate();
    return toOverrideResponse(
      saved,
      BUILT_IN_HOLIDAY_YEARS.some((known) => known.year === year),
    );
  }

  /** Removes the admin's entry for the year: the built-in data (if any) applies again. */
  async remove(year: number): Promise<void> {
    await this.transactions.run(async (manager) => {
      const existing = await this.years.findOne(manager, year);
      if (existing === null) throw holidayYearNotOverridden();
      await this.years.delete(manager, year);
      await this.audit.record(manager, {
        action: 'calendar.holiday_year.delete',
        targetType: 'holiday_year',
        targetId: year,
        before: { holidays: existing.holidays, makeupWorkdays: existing.makeupWorkdays },
      });
    });
    this.calendar.invalidate();
  }

  /** Neighbouring notices may both name a late-December day: they must agree on it. */
  private assertFitsOtherYears(data: HolidayYear, otherOverrides: HolidayYear[]): void {
    try {
      new WorkingDayCalendar([
        ...otherOverrides.map(({ year, holidays, makeupWorkdays }) => ({
          year,
          holidays,
          makeupWorkdays,
        })),
        data,
      ]);
    } catch (error) {
      if (error instanceof RangeError) throw holidayYearConflict();
      throw error;
    }
  }
}
