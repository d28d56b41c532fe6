import { Injectable } from '@nestjs/common';
import {
  type AssessmentRuleKind,
  chinaDateOf,
  completedOnTime,
  type DepartmentAssessmentFacts,
  duePeriodsOfYear,
  emptyAssessmentCounts,
  reportDueDate,
} from '@bizenv/shared';
import { WorkingDayCalendarService } from '../calendar/calendar.service.js';
import { ReportSettingsService } from '../report-settings/report-settings.service.js';
import { AssessmentFactsRepository } from './assessment-facts.repository.js';

/** The instant a China calendar date begins, ISO UTC ("2025-01-01" → "2024-12-31T16:00:00.000Z"). */
export function chinaDayStart(date: string): string {
  return new Date(`${date}T00:00:00+08:00`).toISOString();
}

function nextDate(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/**
 * Counts, per assessed department, what each rule scores over a year up to `asOf` (China date),
 * from the aggregates of AssessmentFactsRepository.
 */
@Injectable()
export class AssessmentFactsService {
  constructor(
    private readonly facts: AssessmentFactsRepository,
    private readonly calendar: WorkingDayCalendarService,
    private readonly settings: ReportSettingsService,
  ) {}

  async collect(
    jurisdictionCode: string,
    year: number,
    now: Date,
  ): Promise<{ asOf: string; departments: DepartmentAssessmentFacts[] }> {
    const today = chinaDateOf(now);
    const yearEnd = `${year}-12-31`;
    const asOf = today < yearEnd ? today : yearEnd;
    const from = chinaDayStart(`${year}-01-01`);
    const to = chinaDayStart(nextDate(asOf));
    const [calendar, settings] = await Promise.all([
      this.calendar.getCalendar(),
      this.settings.settingsOf(jurisdictionCode),
    ]);
    const periods = duePeriodsOfYear(year, today, (period) =>
      reportDueDate(period, settings.reportDueDay, calendar),
    ).map(({ period, dueDate }) => ({ period, lateFrom: chinaDayStart(nextDate(dueDate)) }));

    const departments = await this.facts.assessedDepartments(jurisdictionCode);
    const completions = await this.facts.ledCompletions(jurisdictionCode, from, to);
    const reports = await this.facts.reportCounts(jurisdictionCode, periods);
    const missedTargets = await this.facts.missedTargets(jurisdictionCode, to);
    const notices = await this.facts.supervisionNotices(jurisdictionCode, from, to);
    const bulletins = await this.facts.bulletinCriticisms(jurisdictionCode, year);

    const counts = new Map(departments.map((d) => [d.id, emptyAssessmentCounts()]));
    const add = (departmentId: number, kind: AssessmentRuleKind, count: number) => {
      const row = counts.get(departmentId);
      if (row) row[kind] += count;
    };
    for (const completion of completions) {
      const deadline =
        completion.deadline === null ? null : calendar.nextWorkingDayOnOrAfter(completion.deadline);
      const onTime = completedOnTime(deadline, chinaDateOf(new Date(completion.completedAt)));
      add(completion.departmentId, onTime ? 'on_time_completion' : 'late_completion', 1);
    }
    for (const row of reports) {
      add(row.departmentId, 'late_report', row.late);
      add(row.departmentId, 'missing_report', row.missing);
    }
    for (const [departmentId, count] of missedTargets) add(departmentId, 'missed_target', count);
    for (const [departmentId, count] of notices) add(departmentId, 'supervision_notice', count);
    for (const [departmentId, count] of bulletins) add(departmentId, 'bulletin_criticism', count);

    return {
      asOf,
      departments: departments.map((d) => ({
        departmentId: d.id,
        departmentName: d.name,
        counts: counts.get(d.id)!,
      })),
    };
  }
}
