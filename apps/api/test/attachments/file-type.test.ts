import { describe, expect, it } from 'vitest';
import { sanitizeFileName } from '../../src/attachments/file-name.js';
import { detectFileType } from '../../src/attachments/file-type.js';
import {
  docmBytes,
  docxBytes,
  exeBytes,
  htmlBytes,
  jpegBytes,
  lyingDocx,
  pdfBytes,
  plainZip,
  pngBytes,
  svgBytes,
  xlsxBytes,
  zipBombDocx,
} from './file-fixtures.js';

describe('detectFileType', () => {
  it('recognises the accepted types from their content', () => {
    expect(detectFileType(pdfBytes())?.mediaType).toBe('application/pdf');
    expect(detectFileType(pngBytes())?.mediaType).toBe('image/png');
    expect(detectFileType(jpegBytes())?.mediaType).toBe('image/jpeg');
    expect(detectFileType(docxBytes())?.extension).toBe('docx');
    expect(detectFileType(xlsxBytes())?.extension).toBe('xlsx');
  });

  it('refuses executables, markup, macro documents and plain archives', () => {
    for (const bytes of [
      exeBytes(),
      htmlBytes(),
      svgBytes(),
      docmBytes(),
      plainZip(),
      Buffer.alloc(0),
    ]) {
      expect(detectFileType(bytes)).toBeNull();
    }
  });

  it('refuses zip bombs, whether they declare their size or lie about it', () => {
    expect(detectFileType(zipBombDocx())).toBeNull();
    expect(detectFileType(lyingDocx())).toBeNull();
  });

  it('refuses truncated or corrupt containers without throwing', () => {
    const docx = docxBytes();
    expect(detectFileType(docx.subarray(0, docx.length - 10))).toBeNull();
    const corrupt = Buffer.from(docx);
    corrupt.writeUInt32LE(0xffffffff, corrupt.length - 6); // central directory offset
    expect(detectFileType(corrupt)).toBeNull();
  });
});

describe('sanitizeFileName', () => {
  const pdf = detectFileType(pdfBytes())!;

  it('keeps Chinese names and makes the extension match the content', () => {
    expect(sanitizeFileName('企业开办进展（7月）.pdf', pdf)).toBe('企业开办进展（7月）.pdf');
    expect(sanitizeFileName('报告.exe', pdf)).toBe('报告.exe.pdf');
    expect(sanitizeFileName('a<b>:c?.PDF', pdf)).toBe('a_b__c_.PDF');
    expect(sanitizeFileName('...', pdf)).toBe('附件.pdf');
  });

  it('refuses paths and control characters', () => {
    for (const name of ['../../etc/passwd.pdf', '..\\boot.pdf', 'a/b.pdf', 'x\u0000.pdf', '..']) {
      expect(sanitizeFileName(name, pdf)).toBeNull();
    }
  });
});
