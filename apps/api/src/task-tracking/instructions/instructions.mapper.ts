import type { InstructionResponse } from '@bizenv/shared';
import type { InstructionRow } from './instructions.repository.js';

export function toInstructionResponse({
  instruction,
  authorName,
  acks,
}: InstructionRow): InstructionResponse {
  return {
    id: instruction.id,
    taskId: instruction.taskId,
    noticeId: instruction.noticeId,
    author: { id: instruction.authorUserId, displayName: authorName },
    text: instruction.text,
    createdAt: instruction.createdAt.toISOString(),
    acknowledgements: acks.map((ack) => ({
      department: ack.department,
      acknowledgedBy: ack.acknowledgedBy,
      acknowledgedAt: ack.acknowledgedAt?.toISOString() ?? null,
    })),
  };
}
