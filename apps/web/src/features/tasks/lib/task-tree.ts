import {
  INDICATORS,
  type IndicatorCode,
  type PlanSectionResponse,
  type TaskResponse,
} from '@bizenv/shared';

const INDICATOR_RANK = new Map<string, number>(
  INDICATORS.map((indicator, rank) => [indicator.code, rank]),
);

/** Position in the national list (sub-indicators follow their parent); no indicator sorts last. */
export function indicatorRank(code: IndicatorCode | null): number {
  return code === null ? Number.MAX_SAFE_INTEGER : (INDICATOR_RANK.get(code) ?? INDICATORS.length);
}

/** The task and all its descendants (sub-items, bundle items), depth first. */
export function* walkTask(task: TaskResponse): Generator<TaskResponse> {
  yield task;
  for (const child of task.children) yield* walkTask(child);
}

export type SectionIndex = ReadonlyMap<string, PlanSectionResponse>;

export function indexSections(sections: readonly PlanSectionResponse[]): SectionIndex {
  return new Map(sections.map((s) => [s.code, s]));
}

/**
 * The indicator a task counts for: its own, else its section's, else the nearest ancestor
 * section's ("（一）简化企业开办" is tagged 开办企业 even when its tasks are not).
 */
export function effectiveIndicator(
  task: TaskResponse,
  sections: SectionIndex,
): IndicatorCode | null {
  if (task.indicator) return task.indicator;
  const seen = new Set<string>();
  let section = task.sectionCode ? sections.get(task.sectionCode) : undefined;
  while (section && !seen.has(section.code)) {
    if (section.indicator) return section.indicator;
    seen.add(section.code);
    section = section.parentCode ? sections.get(section.parentCode) : undefined;
  }
  return null;
}

/** The code as shown in a list: "重点改革(一)" reads "(一)" under the 重点改革 heading. */
export function displayCode(task: Pick<TaskResponse, 'code' | 'kind'>): string {
  if (task.kind === 'key_reform') return task.code.replace(/^重点改革/, '');
  return task.code;
}

/** Targets of the task and of its sub-items, in reading order. */
export function familyTargets(task: TaskResponse): TaskResponse['targets'] {
  return [...walkTask(task)].flatMap((t) => t.targets);
}
