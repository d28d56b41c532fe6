import {
  INDICATORS,
  PROBLEM_SOURCES,
  PROBLEM_STATUSES,
  type IndicatorCode,
  type ProblemListQuery,
  type ProblemResponse,
  type ProblemSource,
  type ProblemStatus,
} from '@bizenv/shared';

/** The problem list's filters, as kept in the URL (shareable, survive a reload). */
export interface ProblemFilters {
  status?: ProblemStatus;
  departmentId?: number;
  indicator?: IndicatorCode;
  source?: ProblemSource;
  taskId?: number;
  q?: string;
}

const positive = (value: string | null) =>
  value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
const oneOf = <T extends string>(list: readonly T[], value: string | null) =>
  list.includes(value as T) ? (value as T) : undefined;

export function readProblemFilters(params: URLSearchParams): ProblemFilters {
  return {
    status: oneOf(PROBLEM_STATUSES, params.get('status')),
    departmentId: positive(params.get('departmentId')),
    indicator: oneOf(
      INDICATORS.map((i) => i.code),
      params.get('indicator'),
    ),
    source: oneOf(PROBLEM_SOURCES, params.get('source')),
    taskId: positive(params.get('taskId')),
    q: params.get('q')?.trim() || undefined,
  };
}

export function writeProblemFilters(filters: ProblemFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  return params;
}

/** The part the API filters on; source and words are filtered here. */
export function serverQuery(filters: ProblemFilters): ProblemListQuery {
  const { status, departmentId, indicator, taskId } = filters;
  return Object.fromEntries(
    Object.entries({ status, departmentId, indicator, taskId }).filter(([, v]) => v !== undefined),
  ) as ProblemListQuery;
}

export function filterProblems(
  problems: ProblemResponse[],
  filters: ProblemFilters,
): ProblemResponse[] {
  const words = filters.q?.toLowerCase();
  return problems.filter(
    (p) =>
      (!filters.source || p.source === filters.source) &&
      (!words ||
        [
          p.description,
          p.measure ?? '',
          p.task?.code ?? '',
          p.task?.title ?? '',
          p.ownerDepartment.name,
        ].some((text) => text.toLowerCase().includes(words))),
  );
}
