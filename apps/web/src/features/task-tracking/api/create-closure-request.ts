import type { ClosureRequestResponse, CreateClosureRequest } from '@bizenv/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api-client';
import { invalidateTaskTracking } from './invalidate';

export function createClosureRequest(
  taskId: number,
  body: CreateClosureRequest,
): Promise<ClosureRequestResponse> {
  return apiSend<ClosureRequestResponse>('POST', `/tasks/${taskId}/closure-requests`, body);
}

/** The lead department reports the work done with evidence (申请销号). */
export function useCreateClosureRequest(taskId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateClosureRequest) => createClosureRequest(taskId, body),
    onSuccess: () => invalidateTaskTracking(queryClient, taskId),
  });
}
