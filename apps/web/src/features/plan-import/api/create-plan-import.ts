import type { CreatePlanImportRequest, PlanImportDraftResponse } from '@bizenv/shared';
import { useMutation } from '@tanstack/react-query';
import { apiSend } from '@/lib/api-client';
import { apiUpload } from '@/lib/api-upload';
import { planImportsPath } from './keys';

export function uploadPlanDocument(
  code: string,
  file: File,
  onProgress?: (percent: number) => void,
): Promise<PlanImportDraftResponse> {
  const form = new FormData();
  form.append('file', file);
  return apiUpload<PlanImportDraftResponse>(planImportsPath(code), form, { onProgress });
}

export function pastePlanText(
  code: string,
  body: CreatePlanImportRequest,
): Promise<PlanImportDraftResponse> {
  return apiSend<PlanImportDraftResponse>('POST', planImportsPath(code), body);
}

export type PlanImportSource =
  | { kind: 'file'; file: File; onProgress?: (percent: number) => void }
  | { kind: 'text'; text: string };

/** Uploads a plan document or pasted text: the server parses it into a stored draft. */
export function useCreatePlanImport(code: string) {
  return useMutation({
    mutationFn: (source: PlanImportSource) =>
      source.kind === 'file'
        ? uploadPlanDocument(code, source.file, source.onProgress)
        : pastePlanText(code, { text: source.text }),
  });
}
