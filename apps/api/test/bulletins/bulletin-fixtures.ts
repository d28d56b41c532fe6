import ExcelJS from 'exceljs';
import { listZipEntries, readZipEntry } from '../../src/attachments/zip-reader.js';
import type { SignedInClient } from '../support/auth.js';

/** A file as downloaded: status, headers and the exact bytes. */
export interface Download {
  status: number;
  headers: Headers;
  bytes: Buffer;
}

export async function download(
  baseUrl: string,
  client: SignedInClient,
  path: string,
): Promise<Download> {
  const response = await fetch(baseUrl + path, { headers: { cookie: client.cookie } });
  return {
    status: response.status,
    headers: response.headers,
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

/** The text of a .docx body, paragraph by paragraph (word/document.xml, runs joined). */
export function docxParagraphs(docx: Buffer): string[] {
  const entry = listZipEntries(docx).find((candidate) => candidate.name === 'word/document.xml');
  if (!entry) throw new Error('no word/document.xml in the .docx');
  const xml = readZipEntry(docx, entry, {
    maxEntries: 5000,
    maxTotalUncompressed: 64 * 1024 * 1024,
    maxCompressionRatio: 200,
    maxEntryRead: 16 * 1024 * 1024,
  }).toString('utf8');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((paragraph) =>
    [...paragraph[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((text) => unescapeXml(text[1]!))
      .join(''),
  );
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The ledger sheet's rows as header → value records. */
export async function ledgerRows(xlsx: Buffer): Promise<{
  headers: string[];
  frozenRows: number | undefined;
  rows: Record<string, string | number | null>[];
}> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('任务台账');
  if (!sheet) throw new Error('no 任务台账 sheet');
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, string | number | null>[] = [];
  sheet.eachRow((row, index) => {
    if (index === 1) return;
    const values = (row.values as unknown[]).slice(1);
    rows.push(
      Object.fromEntries(
        headers.map((header, column) => [
          header,
          (values[column] ?? null) as string | number | null,
        ]),
      ),
    );
  });
  const view = sheet.views[0] as { ySplit?: number } | undefined;
  return { headers, frozenRows: view?.ySplit, rows };
}
