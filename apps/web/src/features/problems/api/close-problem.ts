import type { CloseProblemRequest, ProblemDetailResponse } from '@bizenv/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api-client';
import { invalidateProblems } from './invalidate';

export function closeProblem(
  id: number,
  body: CloseProblemRequest,
): Promise<ProblemDetailResponse> {
  return apiSend<ProblemDetailResponse>('POST', `/problems/${id}/close`, body);
}

/** The office closes (销号) a rectified problem. */
export function useCloseProblem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: CloseProblemRequest }) => closeProblem(id, body),
    onSuccess: () => invalidateProblems(queryClient),
  });
}
