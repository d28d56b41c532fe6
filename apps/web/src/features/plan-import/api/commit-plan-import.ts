import type { PlanImportCommitResponse } from '@bizenv/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api-client';
import { planImportsPath } from './keys';

export function commitPlanImport(code: string, id: number): Promise<PlanImportCommitResponse> {
  return apiSend<PlanImportCommitResponse>('POST', `${planImportsPath(code)}/${id}/commit`);
}

/** Writes the reviewed plans in one transaction; every cached view may change, so refresh all. */
export function useCommitPlanImport(code: string, id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => commitPlanImport(code, id),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
