import type { PublishedAssessmentResponse } from '@bizenv/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api-client';
import { assessmentPath, assessmentPublicationsKey } from './keys';

export function publishAssessment(code: string, year: number) {
  return apiSend<PublishedAssessmentResponse>('POST', `${assessmentPath(code, year)}/publications`);
}

/** Publishes the live table as the year's next version. */
export function usePublishAssessment(code: string, year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => publishAssessment(code, year),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: assessmentPublicationsKey(code, year) }),
  });
}
