import type { ReportRole, TargetActualInput } from '@bizenv/shared';
import type { ProgressReportEntity } from './progress-report.entity.js';
import type { ReportTask } from './report-tasks.repository.js';
import {
  completionRequired,
  reportAlreadyAccepted,
  reportAlreadySubmitted,
  targetActualDuplicate,
  targetActualRequired,
  targetActualsLeadOnly,
  targetNotOnTask,
  targetUnitMismatch,
  workDoneRequired,
} from './reports.errors.js';

/** The checks on a report's content, apart from storage: what may be saved and what may be submitted. */

/** 409 unless the department may still edit the report (draft, or returned by the office). */
export function assertEditable(report: Pick<ProgressReportEntity, 'status'>): void {
  if (report.status === 'submitted') throw reportAlreadySubmitted();
  if (report.status === 'accepted') throw reportAlreadyAccepted();
}

/**
 * Validates target actuals against the task: only the lead reports them, each target of the
 * task at most once, in the target's unit. Returns the rows to store (unit from the target).
 */
export function checkActuals(
  task: ReportTask,
  role: ReportRole,
  actuals: TargetActualInput[],
): { targetId: number; value: number; unit: string }[] {
  if (actuals.length > 0 && role !== 'lead') throw targetActualsLeadOnly();
  const seen = new Set<number>();
  return actuals.map((actual) => {
    const target = task.targets.find((candidate) => candidate.id === actual.targetId);
    if (!target) throw targetNotOnTask(actual.targetId);
    if (seen.has(actual.targetId)) throw targetActualDuplicate();
    seen.add(actual.targetId);
    if (actual.unit !== undefined && actual.unit.trim() !== target.unit) {
      throw targetUnitMismatch(target.unit);
    }
    return { targetId: target.id, value: actual.value, unit: target.unit };
  });
}

/**
 * What a submission needs: the work done always; for the lead, the completion and an actual
 * for every target of the task.
 */
export function assertSubmittable(
  report: Pick<ProgressReportEntity, 'role' | 'workDone' | 'completionPercent'>,
  task: ReportTask,
  actualTargetIds: number[],
): void {
  if (report.workDone.trim() === '') throw workDoneRequired();
  if (report.role !== 'lead') return;
  if (report.completionPercent === null) throw completionRequired();
  const missing = task.targets.find((target) => !actualTargetIds.includes(target.id));
  if (missing) throw targetActualRequired(missing.metric);
}
