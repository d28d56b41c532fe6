import type { CreateInstructionRequest, InstructionResponse } from '@bizenv/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api-client';
import { invalidateTaskTracking } from './invalidate';

export function createInstruction(
  taskId: number,
  body: CreateInstructionRequest,
): Promise<InstructionResponse> {
  return apiSend<InstructionResponse>('POST', `/tasks/${taskId}/instructions`, body);
}

/** A leader writes a 批示 on the task. */
export function useCreateInstruction(taskId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInstructionRequest) => createInstruction(taskId, body),
    onSuccess: () => invalidateTaskTracking(queryClient, taskId),
  });
}
