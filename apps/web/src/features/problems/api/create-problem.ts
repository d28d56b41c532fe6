import type { CreateProblemRequest, ProblemDetailResponse } from '@bizenv/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api-client';
import { invalidateProblems } from './invalidate';

export function createProblem(body: CreateProblemRequest): Promise<ProblemDetailResponse> {
  return apiSend<ProblemDetailResponse>('POST', '/problems', body);
}

/** Registers a problem (office; a department for its own tasks, as 自查发现). */
export function useCreateProblem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProblem,
    onSuccess: () => invalidateProblems(queryClient),
  });
}
