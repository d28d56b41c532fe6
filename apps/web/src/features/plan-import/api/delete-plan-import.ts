import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api-client';
import { planImportQueryKey, planImportsPath } from './keys';

export function deletePlanImport(code: string, id: number): Promise<void> {
  return apiSend<void>('DELETE', `${planImportsPath(code)}/${id}`);
}

/** Discards a draft. */
export function useDeletePlanImport(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => deletePlanImport(code, id),
    onSuccess: (_, id) => queryClient.removeQueries({ queryKey: planImportQueryKey(code, id) }),
  });
}
