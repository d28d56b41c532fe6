import type { FastifyRequest } from 'fastify';
import ExcelJS from 'exceljs';
import { DEFAULT_ZIP_LIMITS, listZipEntries, ZipRejected } from '../attachments/zip-reader.js';
import { ledgerCorruptXlsx, ledgerFileRequired, ledgerTooLarge } from './ledgers.errors.js';

/**
 * Reads the one file of a multipart upload into memory. The multipart limits (setupMultipart)
 * stop at the configured size and mark the stream truncated, which is refused as too large.
 * Every part is read to its end, so a refused request leaves no half-read body behind.
 */
export async function readUploadedFile(request: FastifyRequest): Promise<Buffer> {
  if (!request.isMultipart()) throw ledgerFileRequired();
  let file: Buffer | null = null;
  let truncated = false;
  try {
    for await (const part of request.parts()) {
      if (part.type !== 'file') continue;
      const chunks: Buffer[] = [];
      for await (const chunk of part.file) chunks.push(chunk as Buffer);
      if (file === null) {
        file = Buffer.concat(chunks);
        truncated = part.file.truncated;
      }
    }
  } catch {
    throw ledgerFileRequired();
  }
  if (file === null) throw ledgerFileRequired();
  if (truncated) throw ledgerTooLarge();
  return file;
}

/** A ledger of a few thousand rows unpacks to a few MiB; exceljs holds it all in memory. */
const LEDGER_ZIP_LIMITS = { ...DEFAULT_ZIP_LIMITS, maxTotalUncompressed: 64 * 1024 * 1024 };

/**
 * Loads an .xlsx after the capped ZIP reader accepted its container: exceljs inflates entries
 * without limits, so a zip bomb or a non-zip never reaches it.
 */
export async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  try {
    const entries = listZipEntries(bytes, LEDGER_ZIP_LIMITS);
    if (!entries.some((entry) => entry.name === 'xl/workbook.xml')) throw ledgerCorruptXlsx();
  } catch (error) {
    if (error instanceof ZipRejected) throw ledgerCorruptXlsx();
    throw error;
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw ledgerCorruptXlsx();
  }
  return workbook;
}
