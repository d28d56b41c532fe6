/** Evidence file types the API accepts, as detected from the file's content. */
export const ATTACHMENT_MEDIA_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'image/jpeg',
  'image/png',
] as const;
export type AttachmentMediaType = (typeof ATTACHMENT_MEDIA_TYPES)[number];

/** POST /api/attachments, GET /api/attachments/:id. */
export interface AttachmentResponse {
  /** Random UUID: download URLs must not be guessable. */
  id: string;
  originalName: string;
  mediaType: AttachmentMediaType;
  size: number;
  sha256: string;
  uploadedByUserId: number;
  uploadedAt: string;
  /** Whether a report (or another owner) holds the file; unlinked uploads expire after a day. */
  linked: boolean;
  downloadUrl: string;
}
