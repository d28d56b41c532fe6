import type { LedgerImportResponse } from '@bizenv/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiUpload } from '@/lib/api-upload';

export function importLedger(
  planId: number,
  file: File,
  dryRun: boolean,
): Promise<LedgerImportResponse> {
  const form = new FormData();
  form.append('file', file);
  return apiUpload<LedgerImportResponse>(
    `/plans/${planId}/ledger${dryRun ? '?dryRun=true' : ''}`,
    form,
  );
}

/** Uploads a ledger: first as a dry run (preview), then for real; a real import refreshes all. */
export function useImportLedger(planId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) =>
      importLedger(planId, file, dryRun),
    onSuccess: (result) => {
      if (result.applied) void queryClient.invalidateQueries();
    },
  });
}
