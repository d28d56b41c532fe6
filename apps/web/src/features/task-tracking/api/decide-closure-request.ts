import type { ClosureRequestResponse, RejectRequest } from '@bizenv/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api-client';
import { invalidateTaskTracking } from './invalidate';

/** Approve sends the request's version only; reject adds the reason. */
export type Decision = { approve: true; version: number } | ({ approve: false } & RejectRequest);

export function decideClosureRequest(
  id: number,
  decision: Decision,
): Promise<ClosureRequestResponse> {
  return decision.approve
    ? apiSend('POST', `/closure-requests/${id}/approve`, { version: decision.version })
    : apiSend('POST', `/closure-requests/${id}/reject`, {
        version: decision.version,
        reason: decision.reason,
      });
}

/** The office approves (→ 已销号) or returns (→ 推进中) a closure request. */
export function useDecideClosureRequest(taskId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision }: { id: number; decision: Decision }) =>
      decideClosureRequest(id, decision),
    onSuccess: () => invalidateTaskTracking(queryClient, taskId),
  });
}
