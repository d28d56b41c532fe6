import type { IncomingFile } from '../attachments/attachments.service.js';
import type { AppConfig } from '../config/app-config.js';
import { planImportTooLarge } from './plan-import.errors.js';

/** Reads an uploaded file into memory; the multipart limit stops it at the upload size limit. */
export async function readUpload(file: IncomingFile, config: AppConfig): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of file.stream) chunks.push(chunk as Buffer);
  if (file.stream.truncated) throw planImportTooLarge();
  const bytes = Buffer.concat(chunks);
  if (bytes.length > config.maxUploadMb * 1024 * 1024) throw planImportTooLarge();
  return bytes;
}
