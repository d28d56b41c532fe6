import type { PlanImportCommitResponse } from '@bizenv/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api-client';
import { planImportsPath, planImportsRootKey } from './keys';

export function commitPlanImport(code: string, id: number): Promise<PlanImportCommitResponse> {
  return apiSend<PlanImportCommitResponse>('POST', `${planImportsPath(code)}/${id}/commit`);
}

/**
 * Writes the reviewed plans in one transaction. Any cached view may change, so all are refreshed
 * except the drafts: the committed one is gone and re-reading it would only answer 404.
 */
export function useCommitPlanImport(code: string, id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => commitPlanImport(code, id),
    onSuccess: () =>
      queryClient.invalidateQueries({
        predicate: (query) => query.queryKey[0] !== planImportsRootKey[0],
      }),
  });
}
