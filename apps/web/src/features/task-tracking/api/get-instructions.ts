import type { InstructionResponse } from '@bizenv/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { instructionsPath, type InstructionSubjectRef } from '../lib/instruction-subject';
import { instructionsQueryKey } from './keys';

export function getInstructions(
  subject: InstructionSubjectRef,
  signal?: AbortSignal,
): Promise<InstructionResponse[]> {
  return apiGet<InstructionResponse[]>(instructionsPath(subject), { signal });
}

export const instructionsQueryOptions = (subject: InstructionSubjectRef) =>
  queryOptions({
    queryKey: instructionsQueryKey(subject),
    queryFn: ({ signal }) => getInstructions(subject, signal),
  });

/** Leaders' 批示 on a task or notice, each with the concerned departments' acknowledgements. */
export function useInstructions(subject: InstructionSubjectRef) {
  return useQuery(instructionsQueryOptions(subject));
}
