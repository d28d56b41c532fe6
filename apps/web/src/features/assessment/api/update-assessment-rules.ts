import type { AssessmentRulesResponse, UpdateAssessmentRulesRequest } from '@bizenv/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api-client';
import { assessmentPath, assessmentYearKey } from './keys';

export function updateAssessmentRules(
  code: string,
  year: number,
  body: UpdateAssessmentRulesRequest,
) {
  return apiSend<AssessmentRulesResponse>('PUT', `${assessmentPath(code, year)}/rules`, body);
}

/** Saves the rules; the live results recompute, so the whole year is refreshed. */
export function useUpdateAssessmentRules(code: string, year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateAssessmentRulesRequest) => updateAssessmentRules(code, year, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assessmentYearKey(code, year) }),
  });
}
