import type { BulkProgressResponse } from '@bizenv/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiUpload } from '@/lib/api-upload';

export function importBulkProgress(
  period: string,
  file: File,
  dryRun: boolean,
): Promise<BulkProgressResponse> {
  const form = new FormData();
  form.append('file', file);
  return apiUpload<BulkProgressResponse>(
    `/reports/bulk/${period}${dryRun ? '?dryRun=true' : ''}`,
    form,
  );
}

/** Uploads the period's workbook: first as a dry run (preview), then for real. */
export function useImportBulkProgress(period: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) =>
      importBulkProgress(period, file, dryRun),
    onSuccess: (result) => {
      // The saved drafts show in the obligations and report lists.
      if (result.applied) void queryClient.invalidateQueries();
    },
  });
}
