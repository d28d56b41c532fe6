import type { ChangeRequestResponse } from '@bizenv/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api-client';
import type { Decision } from './decide-closure-request';
import { invalidateTaskTracking } from './invalidate';

export function decideChangeRequest(
  id: number,
  decision: Decision,
): Promise<ChangeRequestResponse> {
  return decision.approve
    ? apiSend('POST', `/change-requests/${id}/approve`, { version: decision.version })
    : apiSend('POST', `/change-requests/${id}/reject`, {
        version: decision.version,
        reason: decision.reason,
      });
}

/** The office approves (the task changes) or returns an extension / adjustment request. */
export function useDecideChangeRequest(taskId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision }: { id: number; decision: Decision }) =>
      decideChangeRequest(id, decision),
    onSuccess: () => invalidateTaskTracking(queryClient, taskId),
  });
}
