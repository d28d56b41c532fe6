import type { ProblemEventAction } from '@bizenv/shared';
import type { UpdateProblemDto } from './dto/update-problem.dto.js';
import type { ProblemEntity } from './problem.entity.js';
import { problemFieldForbidden, problemMeasureRequired } from './problems.errors.js';
import type { ProblemChanges } from './problems.repository.js';

/** What a PATCH changes, for the UPDATE, the history entry and the audit row. */
export interface ProblemUpdatePlan {
  changes: ProblemChanges;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  action: Exclude<ProblemEventAction, 'created' | 'closed'>;
}

/** Fields only the office may change; the owner department changes the rest. */
const OFFICE_ONLY = ['source', 'ownerDepartmentId', 'deadline'] as const;
const PLAIN_FIELDS = ['description', 'measure', ...OFFICE_ONLY] as const;

/**
 * Works out a PATCH of `problem` (not closed), or null when it changes no field. Marking it
 * rectified needs a measure (given now or before); going back to rectifying clears the
 * rectification time — the office sends it back, or the owner withdraws it.
 */
export function planProblemUpdate(
  problem: ProblemEntity,
  input: UpdateProblemDto,
  asOffice: boolean,
  now: Date,
): ProblemUpdatePlan | null {
  if (!asOffice && OFFICE_ONLY.some((field) => input[field] !== undefined)) {
    throw problemFieldForbidden();
  }
  const changes: ProblemChanges = {};
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const field of PLAIN_FIELDS) {
    const value = input[field];
    if (value === undefined || value === problem[field]) continue;
    Object.assign(changes, { [field]: value });
    before[field] = problem[field];
    after[field] = value;
  }
  let action: ProblemUpdatePlan['action'] = 'updated';
  if (input.status !== undefined && input.status !== problem.status) {
    if (input.status === 'rectified') {
      if (!(changes.measure ?? problem.measure)) throw problemMeasureRequired();
      changes.rectifiedAt = now;
      action = 'rectified';
    } else {
      changes.rectifiedAt = null;
      action = 'reopened';
    }
    changes.status = input.status;
    before.status = problem.status;
    after.status = input.status;
  }
  return Object.keys(changes).length === 0 ? null : { changes, before, after, action };
}
