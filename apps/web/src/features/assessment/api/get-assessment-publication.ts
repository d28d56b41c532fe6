import type { PublishedAssessmentResponse } from '@bizenv/shared';
import { useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { assessmentPath, assessmentPublicationKey } from './keys';

/** One published version, exactly as it was published. */
export function getAssessmentPublication(
  code: string,
  year: number,
  version: number,
  signal?: AbortSignal,
) {
  return apiGet<PublishedAssessmentResponse>(
    `${assessmentPath(code, year)}/publications/${version}`,
    { signal },
  );
}

export function useAssessmentPublication(code: string, year: number, version: number | null) {
  return useQuery({
    queryKey: assessmentPublicationKey(code, year, version ?? 0),
    queryFn: ({ signal }) => getAssessmentPublication(code, year, version!, signal),
    enabled: version !== null,
  });
}

export const assessmentPublicationExportUrl = (code: string, year: number, version: number) =>
  `/api${assessmentPath(code, year)}/publications/${version}/export`;
