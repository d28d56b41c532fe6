import type { PlanImportDraftResponse, UpdatePlanImportRequest } from '@bizenv/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api-client';
import { planImportQueryKey, planImportsPath } from './keys';

export function updatePlanImport(
  code: string,
  id: number,
  body: UpdatePlanImportRequest,
): Promise<PlanImportDraftResponse> {
  return apiSend<PlanImportDraftResponse>('PATCH', `${planImportsPath(code)}/${id}`, body);
}

/** Saves a review edit at the draft's version; the answer (new version) replaces the cache. */
export function useUpdatePlanImport(code: string, id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdatePlanImportRequest) => updatePlanImport(code, id, body),
    onSuccess: (draft) => queryClient.setQueryData(planImportQueryKey(code, id), draft),
  });
}
