import type { PublishedAssessmentSummary } from '@bizenv/shared';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { assessmentPath, assessmentPublicationsKey } from './keys';

/** Published versions of the year, newest first. */
export function getAssessmentPublications(code: string, year: number, signal?: AbortSignal) {
  return apiGet<PublishedAssessmentSummary[]>(`${assessmentPath(code, year)}/publications`, {
    signal,
  });
}

export function useAssessmentPublications(code: string, year: number) {
  return useQuery({
    queryKey: assessmentPublicationsKey(code, year),
    queryFn: ({ signal }) => getAssessmentPublications(code, year, signal),
  });
}
