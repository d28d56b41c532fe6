import type { ChangeTaskStatusRequest, TaskStateResponse } from '@bizenv/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api-client';
import { invalidateTaskTracking } from './invalidate';

export function changeTaskStatus(
  taskId: number,
  body: ChangeTaskStatusRequest,
): Promise<TaskStateResponse> {
  return apiSend<TaskStateResponse>('POST', `/tasks/${taskId}/status`, body);
}

/** The office sets the status by hand, with a reason (变更状态). */
export function useChangeTaskStatus(taskId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangeTaskStatusRequest) => changeTaskStatus(taskId, body),
    onSuccess: () => invalidateTaskTracking(queryClient, taskId),
  });
}
