import type { ChangeRequestResponse, CreateChangeRequest } from '@bizenv/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api-client';
import { invalidateTaskTracking } from './invalidate';

export function createChangeRequest(
  taskId: number,
  body: CreateChangeRequest,
): Promise<ChangeRequestResponse> {
  return apiSend<ChangeRequestResponse>('POST', `/tasks/${taskId}/change-requests`, body);
}

/** A department asks for a later deadline (延期) or new wording/ownership (调整). */
export function useCreateChangeRequest(taskId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateChangeRequest) => createChangeRequest(taskId, body),
    onSuccess: () => invalidateTaskTracking(queryClient, taskId),
  });
}
