import {
  findIndicator,
  type IndicatorCode,
  type PlanSectionResponse,
  type TaskResponse,
} from '@bizenv/shared';
import { effectiveIndicator, indicatorRank, type SectionIndex } from './task-tree';

export interface TaskGroup {
  key: string;
  title: string;
  /** Title of the enclosing part ("三、2021年工作任务分工"), when the group is a sub-section. */
  parentTitle: string | null;
  indicator: IndicatorCode | null;
  tasks: TaskResponse[];
}

export const UNSECTIONED_KEY = '__unsectioned';

const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;

/**
 * The heading as the document prints it: part "二" → "二、…", group "三(一)" → "（一）…";
 * other codes ("附件1") precede the title. Titles that already carry their number are kept.
 */
export function sectionHeading(section: Pick<PlanSectionResponse, 'code' | 'title'>): string {
  const { code, title } = section;
  const group = /\(([一二三四五六七八九十百]+)\)$/.exec(code);
  const number = group
    ? `（${group[1]}）`
    : /^[一二三四五六七八九十百]+$/.test(code)
      ? `${code}、`
      : `${code} `;
  return title.startsWith(number.trim()) ? title : `${number}${title}`;
}

/** Sections in reading order: each part followed by its groups, depth first. */
export function sectionsInPlanOrder(
  sections: readonly PlanSectionResponse[],
): PlanSectionResponse[] {
  const codes = new Set(sections.map((s) => s.code));
  const childrenOf = (parent: string | null) =>
    sections
      .filter((s) =>
        parent === null
          ? s.parentCode === null || !codes.has(s.parentCode)
          : s.parentCode === parent,
      )
      .sort(byOrder);
  const ordered: PlanSectionResponse[] = [];
  const visit = (section: PlanSectionResponse, seen: Set<string>) => {
    if (seen.has(section.code)) return;
    seen.add(section.code);
    ordered.push(section);
    for (const child of childrenOf(section.code)) visit(child, seen);
  };
  const seen = new Set<string>();
  for (const root of childrenOf(null)) visit(root, seen);
  return ordered;
}

function parentHeading(
  section: PlanSectionResponse,
  index: ReadonlyMap<string, PlanSectionResponse>,
) {
  const parent = section.parentCode ? index.get(section.parentCode) : undefined;
  return parent ? sectionHeading(parent) : null;
}

/**
 * Groups top-level tasks by the section that holds them, in the plan's order. Sections without
 * tasks of their own (a part that only has groups) produce no group; tasks outside any known
 * section come last under "其他任务" (or "全部任务" when the plan has no sections at all).
 */
export function groupTasksBySection(
  tasks: readonly TaskResponse[],
  sections: readonly PlanSectionResponse[],
): TaskGroup[] {
  const index = new Map(sections.map((s) => [s.code, s]));
  const bySection = new Map<string, TaskResponse[]>();
  const loose: TaskResponse[] = [];
  for (const task of [...tasks].sort(byOrder)) {
    const code = task.sectionCode;
    if (code && index.has(code)) bySection.set(code, [...(bySection.get(code) ?? []), task]);
    else loose.push(task);
  }

  const groups: TaskGroup[] = sectionsInPlanOrder(sections)
    .filter((section) => bySection.has(section.code))
    .map((section) => ({
      key: section.code,
      title: sectionHeading(section),
      parentTitle: parentHeading(section, index),
      indicator: section.indicator,
      tasks: bySection.get(section.code) ?? [],
    }));
  if (loose.length > 0) {
    groups.push({
      key: UNSECTIONED_KEY,
      title: groups.length === 0 ? '全部任务' : '其他任务',
      parentTitle: null,
      indicator: null,
      tasks: loose,
    });
  }
  return groups;
}

export interface IndicatorCount {
  indicator: IndicatorCode | null;
  name: string;
  count: number;
}

/** Top-level tasks per indicator, in the national list's order; tasks without one come last. */
export function countTasksByIndicator(
  tasks: readonly TaskResponse[],
  sections: SectionIndex,
): IndicatorCount[] {
  const counts = new Map<IndicatorCode | null, number>();
  for (const task of tasks) {
    const indicator = effectiveIndicator(task, sections);
    counts.set(indicator, (counts.get(indicator) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a], [b]) => indicatorRank(a) - indicatorRank(b))
    .map(([indicator, count]) => ({
      indicator,
      name: indicator ? (findIndicator(indicator)?.name ?? indicator) : '未关联指标',
      count,
    }));
}
