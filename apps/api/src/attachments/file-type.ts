import type { AttachmentMediaType } from '@bizenv/shared';
import {
  DEFAULT_ZIP_LIMITS,
  listZipEntries,
  readZipEntry,
  ZipRejected,
  type ZipLimits,
} from './zip-reader.js';

/**
 * Upload type checks, reusable by every feature that takes evidence files (reports, closure
 * requests, problems): the type comes from the content, never from the name or the client's
 * MIME type. Accepted: PDF, PNG, JPEG, and Office Open XML Word documents and Excel workbooks
 * (ZIP containers whose [Content_Types].xml declares the main part). Anything else — an .exe
 * renamed .pdf, HTML, SVG, a .docm with macros, a zip bomb dressed as .docx — is refused.
 */

export interface DetectedFileType {
  mediaType: AttachmentMediaType;
  /** The extension a file of this type should carry. */
  extension: string;
  /** Extensions a user's file name may already have for this type. */
  extensions: readonly string[];
}

const PDF: DetectedFileType = {
  mediaType: 'application/pdf',
  extension: 'pdf',
  extensions: ['pdf'],
};
const PNG: DetectedFileType = { mediaType: 'image/png', extension: 'png', extensions: ['png'] };
const JPEG: DetectedFileType = {
  mediaType: 'image/jpeg',
  extension: 'jpg',
  extensions: ['jpg', 'jpeg'],
};
const DOCX: DetectedFileType = {
  mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  extension: 'docx',
  extensions: ['docx'],
};
const XLSX: DetectedFileType = {
  mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  extension: 'xlsx',
  extensions: ['xlsx'],
};

/** Content types of the main part that make an OOXML package a .docx or an .xlsx (no macros). */
const OOXML_MAIN_PARTS: ReadonlyArray<[string, DetectedFileType]> = [
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', DOCX],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', XLSX],
];

const startsWith = (bytes: Buffer, signature: readonly number[]): boolean =>
  bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_MAGIC = [0xff, 0xd8, 0xff];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Enough leading bytes to recognise every accepted type but the ZIP-based ones. */
export const FILE_SIGNATURE_BYTES = 16;

/** Whether the bytes start like a ZIP container (then detection needs the whole file). */
export const isZip = (bytes: Buffer): boolean => startsWith(bytes, ZIP_MAGIC);

/**
 * The accepted type of a file's content, or null when it is not one we accept. PDF and images
 * need only the first FILE_SIGNATURE_BYTES; a ZIP container needs the whole file.
 */
export function detectFileType(
  bytes: Buffer,
  zipLimits: ZipLimits = DEFAULT_ZIP_LIMITS,
): DetectedFileType | null {
  if (startsWith(bytes, PDF_MAGIC)) return PDF;
  if (startsWith(bytes, PNG_MAGIC)) return PNG;
  if (startsWith(bytes, JPEG_MAGIC)) return JPEG;
  if (startsWith(bytes, ZIP_MAGIC)) return detectOfficeDocument(bytes, zipLimits);
  return null;
}

function detectOfficeDocument(bytes: Buffer, limits: ZipLimits): DetectedFileType | null {
  try {
    const entries = listZipEntries(bytes, limits);
    const contentTypes = entries.find((entry) => entry.name === '[Content_Types].xml');
    if (!contentTypes) return null;
    const xml = readZipEntry(bytes, contentTypes, limits).toString('utf8');
    const declared = new Set(
      [...xml.matchAll(/ContentType\s*=\s*"([^"]+)"/g)].map((match) => match[1]!.trim()),
    );
    const matches = OOXML_MAIN_PARTS.filter(([contentType]) => declared.has(contentType));
    // Exactly one main part: a package claiming to be both is not one we can name.
    return matches.length === 1 ? matches[0]![1] : null;
  } catch (error) {
    if (error instanceof ZipRejected || error instanceof RangeError) return null;
    throw error;
  }
}
