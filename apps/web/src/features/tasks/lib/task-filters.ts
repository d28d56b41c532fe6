import {
  findIndicator,
  isIndicatorCode,
  type Deadline,
  type DepartmentResponse,
  type IndicatorCode,
  type TaskResponse,
} from '@bizenv/shared';
import { effectiveIndicator, indicatorRank, walkTask, type SectionIndex } from './task-tree';

/** "2021-06": deadlines falling in that month; "ongoing": 持续推进; "none": 未明确时限. */
export type DeadlineFilter = `${number}-${number}` | 'ongoing' | 'none';

export interface TaskFilters {
  /** Free text matched against code, title and body of the task and its sub-items. */
  q: string;
  indicator: IndicatorCode | null;
  /** A department leading or supporting the task or one of its sub-items. */
  departmentId: number | null;
  deadline: DeadlineFilter | null;
}

export const EMPTY_FILTERS: TaskFilters = {
  q: '',
  indicator: null,
  departmentId: null,
  deadline: null,
};

/** Names of the URL query parameters, so that a filtered list can be shared as a link. */
const PARAM = {
  q: 'q',
  indicator: 'indicator',
  departmentId: 'dept',
  deadline: 'deadline',
} as const;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function parseDeadline(value: string | null): DeadlineFilter | null {
  if (value === 'ongoing' || value === 'none') return value;
  if (value && MONTH.test(value)) return value as DeadlineFilter;
  return null;
}

/** Reads filters from the URL; unknown or malformed values are ignored rather than failing. */
export function parseTaskFilters(params: URLSearchParams): TaskFilters {
  const indicator = params.get(PARAM.indicator);
  const department = Number(params.get(PARAM.departmentId));
  return {
    // Not trimmed: the search box shows this value while the user types ("证照 分离").
    q: params.get(PARAM.q) ?? '',
    indicator: indicator && isIndicatorCode(indicator) ? indicator : null,
    departmentId: Number.isInteger(department) && department > 0 ? department : null,
    deadline: parseDeadline(params.get(PARAM.deadline)),
  };
}

/** Writes filters into a copy of the URL query, keeping unrelated parameters. */
export function writeTaskFilters(params: URLSearchParams, filters: TaskFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  const values: Record<keyof TaskFilters, string | null> = {
    q: filters.q.trim() ? filters.q : null,
    indicator: filters.indicator,
    departmentId: filters.departmentId === null ? null : String(filters.departmentId),
    deadline: filters.deadline,
  };
  for (const key of Object.keys(PARAM) as (keyof TaskFilters)[]) {
    const value = values[key];
    if (value === null) next.delete(PARAM[key]);
    else next.set(PARAM[key], value);
  }
  return next;
}

export function hasActiveFilters(filters: TaskFilters): boolean {
  return (
    Boolean(filters.q.trim()) ||
    filters.indicator !== null ||
    filters.departmentId !== null ||
    filters.deadline !== null
  );
}

/** The calendar date a deadline falls on, when it has one. */
export function deadlineDate(deadline: Deadline): string | null {
  return deadline.kind === 'date' || deadline.kind === 'milestone' || deadline.kind === 'phase'
    ? deadline.date
    : null;
}

function matchesDeadline(deadline: Deadline, filter: DeadlineFilter): boolean {
  // A milestone ("10月底前取得阶段性成效，持续推进") is due in its month and then ongoing: both filters find it.
  if (filter === 'ongoing') return deadline.kind === 'ongoing' || deadline.kind === 'milestone';
  if (filter === 'none') return deadline.kind === 'none';
  return deadlineDate(deadline)?.startsWith(`${filter}-`) ?? false;
}

const normalize = (text: string) => text.toLowerCase().replace(/\s+/g, '');

function matchesText(task: TaskResponse, needle: string): boolean {
  return [task.code, task.title, task.body].some((field) => normalize(field).includes(needle));
}

function involvesDepartment(task: TaskResponse, departmentId: number): boolean {
  return [...task.leadDepartments, ...task.supportDepartments].some((d) => d.id === departmentId);
}

/**
 * Whether a top-level task passes every active filter. Each filter may be met by the task or by
 * one of its sub-items (a bundle's services each have their own department and deadline).
 */
export function taskMatches(
  task: TaskResponse,
  filters: TaskFilters,
  sections: SectionIndex,
): boolean {
  const family = [...walkTask(task)];
  const needle = normalize(filters.q);
  if (needle && !family.some((t) => matchesText(t, needle))) return false;
  if (filters.indicator) {
    const indicator = filters.indicator;
    const hit = family.some((t) => {
      const code = effectiveIndicator(t, sections);
      return code === indicator || (code !== null && findIndicator(code)?.parentCode === indicator);
    });
    if (!hit) return false;
  }
  if (filters.departmentId !== null) {
    const id = filters.departmentId;
    if (!family.some((t) => involvesDepartment(t, id))) return false;
  }
  if (filters.deadline) {
    const deadline = filters.deadline;
    if (!family.some((t) => matchesDeadline(t.deadline, deadline))) return false;
  }
  return true;
}

export function filterTasks(
  tasks: readonly TaskResponse[],
  filters: TaskFilters,
  sections: SectionIndex,
): TaskResponse[] {
  if (!hasActiveFilters(filters)) return [...tasks];
  return tasks.filter((task) => taskMatches(task, filters, sections));
}

export interface Option<T> {
  value: T;
  label: string;
  count: number;
}

/** Counts, per key, the top-level tasks whose family yields that key at least once. */
function countFamilies<K>(
  tasks: readonly TaskResponse[],
  keysOf: (t: TaskResponse) => K[],
): Map<K, number> {
  const counts = new Map<K, number>();
  for (const task of tasks) {
    const keys = new Set([...walkTask(task)].flatMap(keysOf));
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Indicators present in the plan, in the national list's order. */
export function indicatorOptions(
  tasks: readonly TaskResponse[],
  sections: SectionIndex,
): Option<IndicatorCode>[] {
  const counts = countFamilies(tasks, (t) => {
    const code = effectiveIndicator(t, sections);
    return code ? [code] : [];
  });
  return [...counts]
    .sort(([a], [b]) => indicatorRank(a) - indicatorRank(b))
    .map(([value, count]) => ({ value, label: findIndicator(value)?.name ?? value, count }));
}

/** Departments named anywhere in the plan's tasks, most involved first. */
export function departmentOptions(tasks: readonly TaskResponse[]): Option<number>[] {
  const names = new Map<number, DepartmentResponse>();
  const counts = countFamilies(tasks, (t) =>
    [...t.leadDepartments, ...t.supportDepartments].map((d) => {
      names.set(d.id, d);
      return d.id;
    }),
  );
  return [...counts]
    .map(([value, count]) => ({ value, label: names.get(value)?.name ?? String(value), count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'zh-CN'));
}

/** Months in which deadlines fall, ascending, plus 持续推进 / 未明确 when the plan has such tasks. */
export function deadlineOptions(tasks: readonly TaskResponse[]): Option<DeadlineFilter>[] {
  const months = countFamilies(tasks, (t) => {
    const date = deadlineDate(t.deadline);
    return date ? [date.slice(0, 7) as DeadlineFilter] : [];
  });
  const options: Option<DeadlineFilter>[] = [...months]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([value, count]) => ({
      value,
      label: `${value.slice(0, 4)}年${Number(value.slice(5))}月`,
      count,
    }));
  const special = [
    { value: 'ongoing', label: '持续推进' },
    { value: 'none', label: '未明确时限' },
  ] as const;
  for (const { value, label } of special) {
    const count = tasks.filter((t) =>
      [...walkTask(t)].some((x) => matchesDeadline(x.deadline, value)),
    ).length;
    if (count > 0) options.push({ value, label, count });
  }
  return options;
}
