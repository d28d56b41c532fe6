import type { InstructionResponse } from '@bizenv/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { taskInstructionsQueryKey } from './keys';

export function getTaskInstructions(
  taskId: number,
  signal?: AbortSignal,
): Promise<InstructionResponse[]> {
  return apiGet<InstructionResponse[]>(`/tasks/${taskId}/instructions`, { signal });
}

export const taskInstructionsQueryOptions = (taskId: number) =>
  queryOptions({
    queryKey: taskInstructionsQueryKey(taskId),
    queryFn: ({ signal }) => getTaskInstructions(taskId, signal),
  });

/** Leaders' 批示 on the task, each with the concerned departments' acknowledgements. */
export function useTaskInstructions(taskId: number) {
  return useQuery(taskInstructionsQueryOptions(taskId));
}
