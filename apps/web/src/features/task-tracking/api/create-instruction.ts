import type { CreateInstructionRequest, InstructionResponse } from '@bizenv/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiSend } from '@/lib/api-client';
import { instructionsPath, type InstructionSubjectRef } from '../lib/instruction-subject';
import { invalidateInstructionSubject } from './invalidate';

export function createInstruction(
  subject: InstructionSubjectRef,
  body: CreateInstructionRequest,
): Promise<InstructionResponse> {
  return apiSend<InstructionResponse>('POST', instructionsPath(subject), body);
}

/** A leader writes a 批示 on a task or a supervision notice. */
export function useCreateInstruction(subject: InstructionSubjectRef) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInstructionRequest) => createInstruction(subject, body),
    onSuccess: () => invalidateInstructionSubject(queryClient, subject),
  });
}
