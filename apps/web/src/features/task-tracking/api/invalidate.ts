import type { QueryClient } from '@tanstack/react-query';
import { changeRequestsRootKey, closureRequestsRootKey, plansRootKey, taskScopeKey } from './keys';

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
