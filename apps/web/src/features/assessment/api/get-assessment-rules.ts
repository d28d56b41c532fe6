import type { AssessmentRulesResponse } from '@bizenv/shared';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { assessmentPath, assessmentRulesKey } from './keys';

/** The rules in force (the defaults at version 0 while the office has saved none). */
export function getAssessmentRules(code: string, year: number, signal?: AbortSignal) {
  return apiGet<AssessmentRulesResponse>(`${assessmentPath(code, year)}/rules`, { signal });
}

export function useAssessmentRules(code: string, year: number) {
  return useQuery({
    queryKey: assessmentRulesKey(code, year),
    queryFn: ({ signal }) => getAssessmentRules(code, year, signal),
  });
}
