import { Injectable } from '@nestjs/common';
import {
  chinaDateOf,
  chinaPeriodOf,
  reportDueDate,
  type ReportTimeliness,
  reportTimeliness,
} from '@bizenv/shared';
import { WorkingDayCalendarService } from '../calendar/calendar.service.js';
import { Clock } from '../common/clock.js';
import { ReportSettingsService } from '../report-settings/report-settings.service.js';

/** Due dates and timeliness of reports, from each jurisdiction's due day, the calendar and the Clock. */
export interface DueDateBook {
  /** China date today. */
  today: string;
  dueDate(jurisdictionCode: string, period: string): string;
  timeliness(
    jurisdictionCode: string,
    period: string,
    firstSubmittedAt: Date | null,
  ): ReportTimeliness;
}

@Injectable()
export class ReportDueDatesService {
  constructor(
    private readonly settings: ReportSettingsService,
    private readonly calendar: WorkingDayCalendarService,
    private readonly clock: Clock,
  ) {}

  /** The current reporting period in China ("YYYY-MM"). */
  currentPeriod(): string {
    return chinaPeriodOf(this.clock.now());
  }

  /** A book for the jurisdictions involved: settings and calendar read once. */
  async book(jurisdictionCodes: string[]): Promise<DueDateBook> {
    const [dueDays, calendar] = await Promise.all([
      this.settings.dueDays([...new Set(jurisdictionCodes)]),
      this.calendar.getCalendar(),
    ]);
    const today = chinaDateOf(this.clock.now());
    const cache = new Map<string, string>();
    const dueDate = (jurisdictionCode: string, period: string): string => {
      const key = `${jurisdictionCode}/${period}`;
      let date = cache.get(key);
      if (date === undefined) {
        const dueDay = dueDays.get(jurisdictionCode);
        if (dueDay === undefined) throw new Error(`No due day loaded for ${jurisdictionCode}`);
        date = reportDueDate(period, dueDay, calendar);
        cache.set(key, date);
      }
      return date;
    };
    return {
      today,
      dueDate,
      timeliness: (jurisdictionCode, period, firstSubmittedAt) =>
        reportTimeliness(
          dueDate(jurisdictionCode, period),
          firstSubmittedAt === null ? null : chinaDateOf(firstSubmittedAt),
          today,
        ),
    };
  }
}
