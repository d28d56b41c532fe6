import { Injectable } from '@nestjs/common';
import {
  chinaDateOf,
  type DashboardJurisdiction,
  deadlineBounds,
  endOfChinaDay,
  periodOfDate,
  reportDueDate,
  resolveAsOf,
  type SessionUser,
  type WorkingDayCalendar,
} from '@bizenv/shared';
import { AccessPolicy } from '../access/access-policy.service.js';
import { WorkingDayCalendarService } from '../calendar/calendar.service.js';
import { Clock } from '../common/clock.js';
import { ReportSettingsService } from '../report-settings/report-settings.service.js';
import type { DashboardScope } from './dashboard-queries.js';
import { DashboardsRepository } from './dashboards.repository.js';
import { asOfInvalid, jurisdictionNotFound } from './dashboards.errors.js';

/** Everything a dashboard computation needs to know about "when" and "where". */
export interface DashboardContext {
  jurisdiction: DashboardJurisdiction;
  asOf: string;
  today: string;
  /** Exclusive end of the asOf China day, as instant text. */
  cut: string;
  live: boolean;
  calendar: WorkingDayCalendar;
  overdueThrough: string;
  dueSoonThrough: string;
  /** Period of asOf: the department report figures are this period's. */
  reportPeriod: string;
}

@Injectable()
export class DashboardContextService {
  constructor(
    private readonly access: AccessPolicy,
    private readonly repository: DashboardsRepository,
    private readonly calendars: WorkingDayCalendarService,
    private readonly settings: ReportSettingsService,
    private readonly clock: Clock,
  ) {}

  /** 404 outside what the user reads; 400 for an asOf that is malformed or in the future. */
  async forUser(
    user: SessionUser,
    code: string,
    asOf: string | undefined,
  ): Promise<DashboardContext> {
    await this.access.assertCanReadJurisdiction(user, code);
    return this.at(code, asOf);
  }

  /** Without access checks: for services that checked already (bulletins, assessment). */
  async at(code: string, asOfParameter: string | undefined): Promise<DashboardContext> {
    const today = chinaDateOf(this.clock.now());
    let asOf = asOfParameter === undefined ? today : resolveAsOf(asOfParameter);
    // The month still running ("2025-07" in July) means today.
    if (asOfParameter?.length === 7 && asOfParameter === periodOfDate(today)) asOf = today;
    if (asOf === null || asOf > today) throw asOfInvalid();
    const [jurisdiction, calendar] = await Promise.all([
      this.repository.jurisdiction(code),
      this.calendars.getCalendar(),
    ]);
    if (!jurisdiction) throw jurisdictionNotFound();
    const bounds = deadlineBounds(asOf, calendar);
    return {
      jurisdiction: { code: jurisdiction.code, name: jurisdiction.name, level: jurisdiction.level },
      asOf,
      today,
      cut: endOfChinaDay(asOf),
      live: asOf === today,
      calendar,
      ...bounds,
      reportPeriod: periodOfDate(asOf),
    };
  }

  scope(context: DashboardContext, codes: string[]): DashboardScope {
    return { codes, cut: context.cut, live: context.live };
  }

  /** Report due date of `period` per jurisdiction (each has its own due day). */
  async dueDates(
    context: DashboardContext,
    codes: string[],
    period: string,
  ): Promise<Map<string, string>> {
    const dueDays = await this.settings.dueDays(codes);
    return new Map(
      codes.map((code) => [code, reportDueDate(period, dueDays.get(code)!, context.calendar)]),
    );
  }
}
