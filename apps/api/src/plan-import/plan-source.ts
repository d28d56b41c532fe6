import { readDocxText, DocxUnreadable } from './docx-text.js';
import {
  planImportCorruptDocx,
  planImportEmpty,
  planImportUnsupportedType,
} from './plan-import.errors.js';
import { decodeTextBytes } from './text-decoding.js';
import { normaliseToSimplified } from './traditional-chinese.js';

/** How the document reached us: which kind of file, or pasted text. */
export type PlanSourceKind = 'docx' | 'text' | 'pasted';

/** A document read into text, ready for the parser. */
export interface PlanSourceText {
  kind: PlanSourceKind;
  fileName: string | null;
  /** utf-8, gb18030… for text files; null for .docx and pasted text. */
  encoding: string | null;
  /** The text as written, for display next to each task. */
  original: string;
  /** What the parser reads: `original` in simplified characters. */
  text: string;
  convertedFromTraditional: boolean;
}

/** Reads an uploaded file by its extension: .docx, or .txt/.md in any common encoding. */
export function readUploadedPlan(fileName: string, bytes: Buffer): PlanSourceText {
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'docx') return fromText('docx', fileName, null, readDocx(bytes));
  if (extension === 'txt' || extension === 'md') {
    const decoded = decodeTextBytes(bytes);
    return fromText('text', fileName, decoded.encoding, decoded.text);
  }
  throw planImportUnsupportedType();
}

export function readPastedPlan(text: string): PlanSourceText {
  return fromText('pasted', null, null, text);
}

function readDocx(bytes: Buffer): string {
  try {
    return readDocxText(bytes);
  } catch (error) {
    if (error instanceof DocxUnreadable) throw planImportCorruptDocx();
    throw error;
  }
}

function fromText(
  kind: PlanSourceKind,
  fileName: string | null,
  encoding: string | null,
  raw: string,
): PlanSourceText {
  const original = raw.replace(/\r\n?/g, '\n');
  if (original.trim() === '') throw planImportEmpty();
  const { text, converted } = normaliseToSimplified(original);
  return { kind, fileName, encoding, original, text, convertedFromTraditional: converted };
}
