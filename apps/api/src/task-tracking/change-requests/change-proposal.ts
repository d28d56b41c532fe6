import { type Deadline, toDayNumber } from '@bizenv/shared';
import type { TaskEntity } from '../../tasks/task.entity.js';
import { toDeadline } from '../../tasks/tasks.mapper.js';
import {
  adjustmentDepartmentsInvalid,
  adjustmentEmpty,
  extensionDeadlineRequired,
  extensionNotLater,
} from '../task-tracking.errors.js';
import type { TaskChanges } from '../tasks/tracked-task.js';
import type { CreateChangeRequestDto } from './dto/create-change-request.dto.js';

/** What a valid request proposes, normalised. */
export interface ChangeProposal {
  deadline: { date: string; printed: string } | null;
  title: string | null;
  body: string | null;
  departments: { lead: number[]; support: number[] } | null;
}

/**
 * Checks that the request proposes what its kind allows (400 otherwise): an extension a later
 * deadline and nothing else; an adjustment new wording and/or new ownership and no deadline.
 * Whether the proposed departments exist in the jurisdiction is checked by the caller.
 */
export function readProposal(input: CreateChangeRequestDto, task: TaskEntity): ChangeProposal {
  const hasDeadline =
    input.proposedDeadlineDate !== undefined || input.proposedDeadlinePrinted !== undefined;
  const hasDepartments =
    input.proposedLeadDepartmentIds !== undefined ||
    input.proposedSupportDepartmentIds !== undefined;
  const hasWording = input.proposedTitle !== undefined || input.proposedBody !== undefined;
  if (input.kind === 'extension') {
    const { proposedDeadlineDate: date, proposedDeadlinePrinted: printed } = input;
    if (date === undefined || printed === undefined || hasWording || hasDepartments) {
      throw extensionDeadlineRequired();
    }
    const current = deadlineDate(toDeadline(task));
    if (current !== null && toDayNumber(date) <= toDayNumber(current)) throw extensionNotLater();
    return { deadline: { date, printed }, title: null, body: null, departments: null };
  }
  if (hasDeadline || (!hasWording && !hasDepartments)) throw adjustmentEmpty();
  return {
    deadline: null,
    title: input.proposedTitle ?? null,
    body: input.proposedBody ?? null,
    departments: hasDepartments ? readDepartments(input) : null,
  };
}

function readDepartments(input: CreateChangeRequestDto): { lead: number[]; support: number[] } {
  const lead = input.proposedLeadDepartmentIds;
  const support = input.proposedSupportDepartmentIds;
  if (lead === undefined || support === undefined || lead.length === 0) {
    throw adjustmentDepartmentsInvalid();
  }
  if (lead.some((id) => support.includes(id))) throw adjustmentDepartmentsInvalid();
  return { lead, support };
}

/** The date a deadline falls on, when it has one. */
function deadlineDate(deadline: Deadline): string | null {
  return 'date' in deadline ? deadline.date : null;
}

/**
 * The task columns an approved extension writes. The first extension keeps the planned deadline
 * in original_deadline_* (later ones leave it alone); a milestone stays a milestone, anything
 * else becomes a plain date.
 */
export function extensionChanges(
  task: TaskEntity,
  deadline: { date: string; printed: string },
): TaskChanges {
  const original: TaskChanges =
    task.originalDeadlineKind === null
      ? {
          originalDeadlineKind: task.deadlineKind,
          originalDeadlineDate: task.deadlineDate,
          originalDeadlinePhase: task.deadlinePhase,
          originalDeadlinePrinted: task.deadlinePrinted,
        }
      : {};
  return {
    ...original,
    deadlineKind: task.deadlineKind === 'milestone' ? 'milestone' : 'date',
    deadlineDate: deadline.date,
    deadlinePhase: null,
    deadlinePrinted: deadline.printed,
  };
}
