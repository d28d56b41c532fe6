import type { QueryClient } from '@tanstack/react-query';
import type { InstructionSubjectRef } from '../lib/instruction-subject';
import {
  changeRequestsRootKey,
  closureRequestsRootKey,
  noticeScopeKey,
  plansRootKey,
  taskScopeKey,
} from './keys';

/**
 * After any tracking write: the task (status, deadline, version) with its history, requests and
 * instructions; the plan lists that show its status; the cross-task request lists.
 */
export function invalidateTaskTracking(queryClient: QueryClient, taskId: number): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: taskScopeKey(taskId) }),
    queryClient.invalidateQueries({ queryKey: plansRootKey }),
    queryClient.invalidateQueries({ queryKey: closureRequestsRootKey }),
    queryClient.invalidateQueries({ queryKey: changeRequestsRootKey }),
  ]);
}

/**
 * After writing or acknowledging a 批示: a task's tracking, or the notice's instructions, and the
 * user's notifications (the departments concerned are notified).
 */
export function invalidateInstructionSubject(
  queryClient: QueryClient,
  subject: InstructionSubjectRef,
): Promise<unknown> {
  return Promise.all([
    subject.kind === 'task'
      ? invalidateTaskTracking(queryClient, subject.id)
      : queryClient.invalidateQueries({ queryKey: noticeScopeKey(subject.id) }),
    queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  ]);
}
