import type { InstructionSubjectRef } from '../lib/instruction-subject';

/**
 * Query keys of task tracking. Everything about one task lives under ['tasks', id] — the key of the
 * task itself (tasks feature) — so invalidating a task refreshes its history, requests and
 * instructions too. Lists across tasks (the office's inbox) live under their own roots.
 */
export const taskScopeKey = (taskId: number) => ['tasks', taskId] as const;
export const taskEventsQueryKey = (taskId: number) => ['tasks', taskId, 'events'] as const;
export const taskClosureRequestsQueryKey = (taskId: number) =>
  ['tasks', taskId, 'closure-requests'] as const;
export const taskChangeRequestsQueryKey = (taskId: number) =>
  ['tasks', taskId, 'change-requests'] as const;
export const taskInstructionsQueryKey = (taskId: number) =>
  ['tasks', taskId, 'instructions'] as const;
/** A notice's 批示 live under the notice (['notices', id]), so notice writes refresh them too. */
export const noticeScopeKey = (noticeId: number) => ['notices', noticeId] as const;
export const instructionsQueryKey = (subject: InstructionSubjectRef) =>
  subject.kind === 'task'
    ? taskInstructionsQueryKey(subject.id)
    : ([...noticeScopeKey(subject.id), 'instructions'] as const);
/** Cross-task lists of requests (e.g. the office's review inbox). */
export const closureRequestsRootKey = ['closure-requests'] as const;
export const changeRequestsRootKey = ['change-requests'] as const;
/** Plan task lists show each task's status. */
export const plansRootKey = ['plans'] as const;
