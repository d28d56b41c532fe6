/**
 * Whether a task led to completion counts as on time: completed (China date) on or before its
 * planned deadline moved to the next working day when that is a day off (节假日顺延). A task
 * without a dated deadline (持续推进) is on time whenever it is completed.
 * @param adjustedDeadline "YYYY-MM-DD" after 顺延, or null when the task has no dated deadline
 * @param completedOn China date "YYYY-MM-DD" the task entered 已完成（待销号）/已销号
 */
export function completedOnTime(adjustedDeadline: string | null, completedOn: string): boolean {
  return adjustedDeadline === null || completedOn <= adjustedDeadline;
}

/** The "YYYY-MM" periods of a year whose reports are due by `today`, given each period's due date. */
export function duePeriodsOfYear(
  year: number,
  today: string,
  dueDateOf: (period: string) => string,
): { period: string; dueDate: string }[] {
  const periods: { period: string; dueDate: string }[] = [];
  for (let month = 1; month <= 12; month += 1) {
    const period = `${year}-${String(month).padStart(2, '0')}`;
    const dueDate = dueDateOf(period);
    if (dueDate < today) periods.push({ period, dueDate });
  }
  return periods;
}
