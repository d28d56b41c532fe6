import type { ClosureRequestResponse } from '@bizenv/shared';
import { toAttachmentResponse } from '../../attachments/attachments.mapper.js';
import { requestRefs } from '../requests/request-refs.mapper.js';
import type { ClosureRequestRow } from './closure-requests.repository.js';

export function toClosureRequestResponse({
  request,
  names,
  attachments,
}: ClosureRequestRow): ClosureRequestResponse {
  return {
    id: request.id,
    ...requestRefs(request, names),
    note: request.note,
    attachments: attachments.map(toAttachmentResponse),
    status: request.status,
    createdAt: request.createdAt.toISOString(),
    decidedAt: request.decidedAt?.toISOString() ?? null,
    decisionReason: request.decisionReason,
    version: request.version,
  };
}
