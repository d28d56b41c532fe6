import type { AttachmentResponse } from '@bizenv/shared';
import type { AttachmentEntity } from './attachment.entity.js';

export function toAttachmentResponse(row: AttachmentEntity): AttachmentResponse {
  return {
    id: row.id,
    originalName: row.originalName,
    mediaType: row.mediaType,
    size: row.size,
    sha256: row.sha256,
    uploadedByUserId: row.uploadedBy,
    uploadedAt: row.uploadedAt.toISOString(),
    linked: row.ownerType !== null,
    downloadUrl: `/api/attachments/${row.id}/download`,
  };
}
