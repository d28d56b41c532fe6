import type { InstructionResponse } from '@bizenv/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api-client';
import type { InstructionSubjectRef } from '../lib/instruction-subject';
import { invalidateInstructionSubject } from './invalidate';

export function acknowledgeInstruction(id: number): Promise<InstructionResponse> {
  return apiSend<InstructionResponse>('POST', `/instructions/${id}/acknowledge`);
}

/** A concerned department confirms it received a 批示 (确认收到). */
export function useAcknowledgeInstruction(subject: InstructionSubjectRef) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acknowledgeInstruction,
    onSuccess: () => invalidateInstructionSubject(queryClient, subject),
  });
}
