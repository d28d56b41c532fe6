import { findIndicator } from '@bizenv/shared';
import type { AssignmentFact, TaskDepartmentFact } from './dashboards.repository.js';

type Named = { id: number; name: string };

/**
 * Who answers for what: lead departments of each task, and lead departments and leaders of
 * each indicator (a sub-indicator without its own assignment falls back to its parent's).
 */
export class TaskPeople {
  private readonly leadsByTask = new Map<number, Named[]>();
  private readonly byIndicator = new Map<string, { departments: Named[]; leaders: Named[] }>();

  constructor(departments: readonly TaskDepartmentFact[], assignments: readonly AssignmentFact[]) {
    for (const row of departments) {
      if (row.role !== 'lead') continue;
      const list = this.leadsByTask.get(row.taskId) ?? [];
      list.push({ id: row.departmentId, name: row.departmentName });
      this.leadsByTask.set(row.taskId, list);
    }
    const sorted = [...assignments].sort(
      (a, b) => a.planId - b.planId || a.sortOrder - b.sortOrder,
    );
    for (const row of sorted) {
      const entry = this.byIndicator.get(row.indicatorCode) ?? { departments: [], leaders: [] };
      const list = row.kind === 'department' ? entry.departments : entry.leaders;
      if (!list.some((item) => item.id === row.id)) list.push({ id: row.id, name: row.name });
      this.byIndicator.set(row.indicatorCode, entry);
    }
  }

  leadDepartments(taskId: number): Named[] {
    return this.leadsByTask.get(taskId) ?? [];
  }

  /** With `inherit`, a sub-indicator without its own assignment gets its parent's. */
  indicator(code: string | null, inherit = true): { departments: Named[]; leaders: Named[] } {
    if (code === null) return { departments: [], leaders: [] };
    const own = this.byIndicator.get(code);
    if (own || !inherit) return own ?? { departments: [], leaders: [] };
    const parent = findIndicator(code)?.parentCode;
    return (parent && this.byIndicator.get(parent)) || { departments: [], leaders: [] };
  }

  /** Indicator codes (with assignments) the leader answers for. */
  indicatorsOfLeader(leaderId: number | null): string[] {
    if (leaderId === null) return [];
    return [...this.byIndicator]
      .filter(([, entry]) => entry.leaders.some((leader) => leader.id === leaderId))
      .map(([code]) => code);
  }

  forTask(taskId: number, indicatorCode: string | null) {
    return {
      leadDepartments: this.leadDepartments(taskId),
      leaders: this.indicator(indicatorCode).leaders,
    };
  }
}
