import type { TaskEntity } from '../../tasks/task.entity.js';
import { toDeadline } from '../../tasks/tasks.mapper.js';
import type { TaskChanges, TrackedTask } from '../tasks/tracked-task.js';
import { extensionChanges } from './change-proposal.js';
import type { ChangeRequestRow } from './change-requests.repository.js';

/** What approving a request does to its task, and the fields before and after for the history. */
export interface ChangeApplication {
  changes: TaskChanges;
  /** The task's new departments, when the request changes ownership. */
  departments: { lead: number[]; support: number[] } | null;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

const named = (departments: { id: number; name: string }[]) =>
  departments.map(({ id, name }) => ({ id, name }));

export function applyChange(
  task: TrackedTask,
  { request, departments }: ChangeRequestRow,
): ChangeApplication {
  const row = task.row;
  if (request.kind === 'extension') {
    const changes = extensionChanges(row, {
      date: request.proposedDeadlineDate!,
      printed: request.proposedDeadlinePrinted!,
    });
    const next = { ...row, ...changes } as TaskEntity;
    return {
      changes,
      departments: null,
      before: { deadline: toDeadline(row) },
      after: { deadline: toDeadline(next) },
    };
  }
  const changes: TaskChanges = {};
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  if (request.proposedTitle !== null) {
    changes.title = request.proposedTitle;
    before.title = row.title;
    after.title = request.proposedTitle;
  }
  if (request.proposedBody !== null) {
    changes.body = request.proposedBody;
    before.body = row.body;
    after.body = request.proposedBody;
  }
  if (departments.length === 0) return { changes, departments: null, before, after };
  const lead = departments.filter((d) => d.role === 'lead');
  const support = departments.filter((d) => d.role === 'support');
  before.leadDepartments = named(task.departments.filter((d) => d.role === 'lead'));
  before.supportDepartments = named(task.departments.filter((d) => d.role === 'support'));
  after.leadDepartments = named(lead);
  after.supportDepartments = named(support);
  return {
    changes,
    departments: { lead: lead.map((d) => d.id), support: support.map((d) => d.id) },
    before,
    after,
  };
}
