import { crc32, deflateRawSync } from 'node:zlib';

/** Tiny files of each kind, built in code, for upload tests. */

export const pdfBytes = (padTo = 0): Buffer => {
  const body = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';
  return Buffer.concat([Buffer.from(body), Buffer.alloc(Math.max(0, padTo - body.length), 0x20)]);
};

export const pngBytes = (): Buffer =>
  Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from('0000000d49484452000000010000000108060000001f15c489', 'hex'),
  ]);

export const jpegBytes = (): Buffer =>
  Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex');

/** A Windows executable, as an attacker would rename it to .pdf. */
export const exeBytes = (): Buffer =>
  Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62, 0x90), Buffer.from('PE\0\0')]);

export const htmlBytes = (): Buffer =>
  Buffer.from('<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>');

export const svgBytes = (): Buffer =>
  Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

interface ZipEntryInput {
  name: string;
  data: Buffer;
  /** Deflate (default) or store. */
  store?: boolean;
  /** Lie in the headers about the uncompressed size. */
  declaredSize?: number;
}

/** A minimal ZIP writer: local headers, data, central directory, end record. */
export function buildZip(entries: ZipEntryInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const compressed = entry.store ? entry.data : deflateRawSync(entry.data);
    const method = entry.store ? 0 : 8;
    const size = entry.declaredSize ?? entry.data.length;
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const WORD_MAIN =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const EXCEL_MAIN = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
const WORD_MACROS = 'application/vnd.ms-word.document.macroEnabled.main+xml';

const contentTypes = (part: string, type: string): Buffer =>
  Buffer.from(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="${part}" ContentType="${type}"/></Types>`,
  );

export const docxBytes = (extra: ZipEntryInput[] = []): Buffer =>
  buildZip([
    { name: '[Content_Types].xml', data: contentTypes('/word/document.xml', WORD_MAIN) },
    {
      name: 'word/document.xml',
      data: Buffer.from('<w:document><w:body><w:p>工作进展</w:p></w:body></w:document>'),
    },
    ...extra,
  ]);

export const xlsxBytes = (): Buffer =>
  buildZip([
    { name: '[Content_Types].xml', data: contentTypes('/xl/workbook.xml', EXCEL_MAIN) },
    { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
  ]);

export const docmBytes = (): Buffer =>
  buildZip([
    { name: '[Content_Types].xml', data: contentTypes('/word/document.xml', WORD_MACROS) },
    { name: 'word/vbaProject.bin', data: Buffer.alloc(64, 1) },
  ]);

/** A .docx carrying a zip bomb: 20 MiB of zeros that deflate to a few KiB. */
export const zipBombDocx = (): Buffer =>
  docxBytes([{ name: 'word/media/image1.png', data: Buffer.alloc(20 * 1024 * 1024) }]);

/** A .docx whose [Content_Types].xml claims a few bytes but inflates to 4 MiB. */
export const lyingDocx = (): Buffer =>
  buildZip([
    {
      name: '[Content_Types].xml',
      data: Buffer.concat([
        contentTypes('/word/document.xml', WORD_MAIN),
        Buffer.alloc(4 * 1024 * 1024, 0x20),
      ]),
      declaredSize: 200,
    },
  ]);

/** A plain ZIP archive (no Office content types). */
export const plainZip = (): Buffer =>
  buildZip([{ name: 'readme.txt', data: Buffer.from('hello') }]);
