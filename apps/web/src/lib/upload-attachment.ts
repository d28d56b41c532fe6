import type { AttachmentResponse } from '@bizenv/shared';
import { apiUpload, type UploadOptions } from '@/lib/api-upload';

/**
 * POST /attachments (multipart, one file): the file is stored unlinked until a record (report,
 * problem, closure request) lists its id. Not a mutation hook: each file of a multi-file pick has
 * its own progress, handled by the evidence upload.
 */
export function uploadAttachment(file: File, options: UploadOptions): Promise<AttachmentResponse> {
  const form = new FormData();
  form.append('file', file, file.name);
  return apiUpload<AttachmentResponse>('/attachments', form, options);
}
