import type { AssessmentResultsResponse } from '@bizenv/shared';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { assessmentPath, assessmentResultsKey } from './keys';

/** Scores computed now with the rules in force. */
export function getAssessmentResults(code: string, year: number, signal?: AbortSignal) {
  return apiGet<AssessmentResultsResponse>(`${assessmentPath(code, year)}/results`, { signal });
}

export function useAssessmentResults(code: string, year: number) {
  return useQuery({
    queryKey: assessmentResultsKey(code, year),
    queryFn: ({ signal }) => getAssessmentResults(code, year, signal),
  });
}

/** The .xlsx of the live results (a plain link: the session cookie goes along). */
export const assessmentResultsExportUrl = (code: string, year: number) =>
  `/api${assessmentPath(code, year)}/results/export`;
