import fastifyMultipart from '@fastify/multipart';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/app-config.js';
import { AppError } from '../common/app-error.js';
import { attachmentRequired } from './attachments.errors.js';
import type { IncomingFile } from './attachments.service.js';

/**
 * multipart/form-data for evidence uploads: one file per request, a handful of small fields.
 * Past the size limit the parser stops storing and marks the file truncated (not an error
 * thrown mid-stream), so the service can refuse it with its own 413 and remove the partial file.
 */
export async function setupMultipart(
  app: NestFastifyApplication,
  config: AppConfig,
): Promise<void> {
  await app.register(fastifyMultipart, {
    throwFileSizeLimit: false,
    // Hand over the file name as sent: a name with a path is a crafted request, refused as such
    // (the default would quietly cut it to its last segment).
    preservePath: true,
    limits: {
      files: 1,
      fileSize: config.maxUploadMb * 1024 * 1024,
      fields: 5,
      fieldSize: 1024,
      parts: 6,
      headerPairs: 50,
    },
  });
}

/**
 * Runs `work` on the one file part of an upload request and reads the request to its end, even
 * when `work` fails: a multipart body left half-read keeps its keep-alive connection busy, and
 * the server could then never shut down. A request that is not multipart, holds no file, holds
 * more than one or is malformed is refused with 400 ATTACHMENT_REQUIRED, after `undo` took
 * back what `work` did for the first file.
 */
export async function withUploadedFile<T>(
  request: FastifyRequest,
  work: (file: IncomingFile) => Promise<T>,
  undo: (value: T) => Promise<void>,
): Promise<T> {
  if (!request.isMultipart()) throw attachmentRequired();
  let outcome: { value: T } | { error: unknown } | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type !== 'file') continue;
      if (outcome !== null) {
        part.file.resume();
        continue;
      }
      try {
        outcome = { value: await work({ fileName: part.filename, stream: part.file }) };
      } catch (error) {
        outcome = { error };
        // What the failed work left unread of the file.
        part.file.resume();
      }
    }
  } catch (error) {
    // The parser's own refusals (a second file, a broken body) come after any work's error;
    // work already done for the first file is undone, so a refused request leaves nothing.
    if (outcome !== null && 'error' in outcome) throw outcome.error;
    if (outcome !== null) await undo(outcome.value);
    if (error instanceof AppError) throw error;
    throw attachmentRequired();
  }
  if (outcome === null) throw attachmentRequired();
  if ('error' in outcome) throw outcome.error;
  return outcome.value;
}
