import { DeadlineParseError, parseDeadline } from '../calendar/deadline-parser.js';
import { parseAttribution } from './attribution.js';
import type { TaskContext, TaskDraft } from './tasks.js';

/**
 * An attribution printed once after a run of numbered tasks that print none
 * ("1.…。 2.…。 3.…。（X牵头，…按职责分工负责）") applies to each task of the run: the tasks and
 * their sub-items get its units and, when they have none of their own, its deadline. A run stays
 * within one section and is broken by a key reform. The tasks keep `attribution: null`: nothing is
 * printed on them. Returns the codes of the tasks that took a following attribution, for review.
 */
export function shareRunAttributions(tasks: TaskDraft[], ctx: TaskContext): string[] {
  const shared: string[] = [];
  let run: TaskDraft[] = [];
  let section: string | null | undefined;
  for (const task of tasks.filter((t) => t.parentCode === null)) {
    if (task.sectionCode !== section) {
      run = [];
      section = task.sectionCode;
    }
    if (task.kind !== 'task') {
      run = [];
    } else if (
      task.attribution === null &&
      task.leadDepartments.length === 0 &&
      task.supportDepartments.length === 0
    ) {
      run.push(task);
    } else if (task.attribution !== null) {
      const deadlineText = parseAttribution(task.attribution).deadlineText;
      for (const member of run) {
        for (const draft of [
          member,
          ...tasks.filter((t) => t.parentCode === member.code && t.attribution === null),
        ]) {
          draft.leadDepartments = [...task.leadDepartments];
          draft.supportDepartments = [...task.supportDepartments];
          if (draft.deadline.kind === 'none' && deadlineText !== null)
            draft.deadline = deadlineOf(deadlineText, ctx);
        }
        shared.push(member.code);
      }
      run = [];
    }
  }
  return shared;
}

function deadlineOf(printed: string, ctx: TaskContext): TaskDraft['deadline'] {
  try {
    return parseDeadline(printed, { planYear: ctx.planYear, phases: ctx.phases });
  } catch (error) {
    if (!(error instanceof DeadlineParseError)) throw error;
    return { kind: 'none', printed: null };
  }
}
