import type { ProblemDetailResponse, UpdateProblemRequest } from '@bizenv/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api-client';
import { invalidateProblems } from './invalidate';

export function updateProblem(
  id: number,
  body: UpdateProblemRequest,
): Promise<ProblemDetailResponse> {
  return apiSend<ProblemDetailResponse>('PATCH', `/problems/${id}`, body);
}

/**
 * Edits a problem: the owner department its measure, description, evidence and status
 * (已整改); the office every field, including sending it back to 整改中.
 */
export function useUpdateProblem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: UpdateProblemRequest }) =>
      updateProblem(id, body),
    onSuccess: () => invalidateProblems(queryClient),
  });
}
