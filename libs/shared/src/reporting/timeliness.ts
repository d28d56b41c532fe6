/**
 * Whether the report a department owes for a task and period came in on time. Computed from
 * the due date, the first submission and today — never stored, so a corrected holiday year or
 * due day changes it everywhere at once.
 * - on_time: first submitted on or before the due date;
 * - late: first submitted after the due date;
 * - missing: not submitted and the due date has passed;
 * - pending: not submitted yet, still before or on the due date.
 * The first submission counts: a report the office returns and the department resubmits
 * later keeps the timeliness of its first submission (the return is the office's doing).
 */
export const REPORT_TIMELINESS = ['on_time', 'late', 'missing', 'pending'] as const;
export type ReportTimeliness = (typeof REPORT_TIMELINESS)[number];

export const REPORT_TIMELINESS_LABELS: Record<ReportTimeliness, string> = {
  on_time: '按时报送',
  late: '逾期报送',
  missing: '未报送',
  pending: '未到截止日',
};

/**
 * @param dueDate "YYYY-MM-DD" from reportDueDate
 * @param firstSubmittedOn China date "YYYY-MM-DD" of the first submission, null if never
 * @param today China date "YYYY-MM-DD" now
 */
export function reportTimeliness(
  dueDate: string,
  firstSubmittedOn: string | null,
  today: string,
): ReportTimeliness {
  // "YYYY-MM-DD" strings compare like the dates they name.
  if (firstSubmittedOn !== null) return firstSubmittedOn <= dueDate ? 'on_time' : 'late';
  return today > dueDate ? 'missing' : 'pending';
}

export interface TimelinessCounts {
  expected: number;
  onTime: number;
  late: number;
  missing: number;
  pending: number;
}

/** Adds up the timeliness of the reports one department owes in a period. */
export function countTimeliness(values: readonly ReportTimeliness[]): TimelinessCounts {
  const counts: TimelinessCounts = {
    expected: values.length,
    onTime: 0,
    late: 0,
    missing: 0,
    pending: 0,
  };
  for (const value of values) {
    if (value === 'on_time') counts.onTime += 1;
    else counts[value] += 1;
  }
  return counts;
}
