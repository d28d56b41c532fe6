import {
  DEFAULT_ZIP_LIMITS,
  listZipEntries,
  readZipEntry,
  ZipRejected,
} from '../attachments/zip-reader.js';

/**
 * The text of a .docx, one paragraph per line, as the plan parser reads a converted document:
 * headings become Markdown `#` lines, wholly bold paragraphs `**…**` (the parser strips both but
 * they help a reviewer), table rows one line with cells separated by tabs (how the annex tables
 * of converted documents look). Only `word/document.xml` is read, through the capped zip reader.
 */

/** The main part may be larger than a type-detection read; still capped. */
const DOCUMENT_LIMITS = { ...DEFAULT_ZIP_LIMITS, maxEntryRead: 32 * 1024 * 1024 };

export class DocxUnreadable extends Error {
  override readonly name = 'DocxUnreadable';
}

export function readDocxText(bytes: Buffer): string {
  let xml: string;
  try {
    const entry = listZipEntries(bytes, DOCUMENT_LIMITS).find(
      (e) => e.name === 'word/document.xml',
    );
    if (!entry) throw new DocxUnreadable('no word/document.xml');
    xml = readZipEntry(bytes, entry, DOCUMENT_LIMITS).toString('utf8');
  } catch (error) {
    if (error instanceof ZipRejected) throw new DocxUnreadable(error.message);
    throw error;
  }
  const body = /<w:body\b[^>]*>([\s\S]*)<\/w:body>/.exec(xml)?.[1];
  if (body === undefined) throw new DocxUnreadable('no document body');
  return blockLines(body).join('\n');
}

/** Top-level paragraphs and tables, in document order. */
function blockLines(xml: string): string[] {
  const lines: string[] = [];
  const block = /<w:tbl\b[\s\S]*?<\/w:tbl>|<w:p\b[^>]*\/>|<w:p\b[^>]*>[\s\S]*?<\/w:p>/g;
  for (const match of xml.matchAll(block)) {
    const element = match[0];
    if (element.startsWith('<w:tbl')) lines.push(...tableLines(element));
    else lines.push(paragraphLine(element));
  }
  return lines;
}

function tableLines(table: string): string[] {
  return [...table.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc\b[\s\S]*?<\/w:tc>/g)]
      .map((cell) => paragraphs(cell[0]).map(runsText).join(' ').trim())
      .join('\t'),
  );
}

function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p\b[^>]*>[\s\S]*?<\/w:p>/g)].map((match) => match[0]);
}

function paragraphLine(paragraph: string): string {
  const text = runsText(paragraph);
  if (text.trim() === '') return text;
  const level = headingLevel(paragraph);
  if (level !== null) return `${'#'.repeat(level)} ${text}`;
  return isWhollyBold(paragraph) ? `**${text}**` : text;
}

/** Heading styles: "Heading1" in English Word, "1".."9" (标题 1) in Chinese Word. */
function headingLevel(paragraph: string): number | null {
  const style = /<w:pStyle w:val="(?:Heading|heading ?)?([1-6])"/.exec(paragraph)?.[1];
  return style === undefined ? null : Number(style);
}

function isWhollyBold(paragraph: string): boolean {
  const runs = [...paragraph.matchAll(/<w:r\b[^>]*>([\s\S]*?)<\/w:r>/g)].filter((run) =>
    /<w:t\b/.test(run[1]!),
  );
  return (
    runs.length > 0 && runs.every((run) => /<w:b(?:\s+w:val="(?:1|true|on)")?\s*\/>/.test(run[1]!))
  );
}

/** Text runs, tabs and breaks of a paragraph, XML entities decoded. */
function runsText(xml: string): string {
  let text = '';
  for (const match of xml.matchAll(
    /<w:t\b[^>]*>([^<]*)<\/w:t>|<w:tab\/>|<w:(?:br|cr)\b[^>]*\/>/g,
  )) {
    if (match[1] !== undefined) text += decodeEntities(match[1]);
    else text += match[0].startsWith('<w:tab') ? '\t' : '\n';
  }
  return text;
}

function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g,
    (_, dec, hex, name) => {
      if (dec) return String.fromCodePoint(Number(dec));
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name as string]!;
    },
  );
}
