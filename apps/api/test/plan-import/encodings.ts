import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';

/**
 * Test-side writers of the forms offices send: a GB18030 text file and a .docx. Node has no
 * GB18030 encoder, so the table is built by decoding every two-byte (GBK) and every BMP
 * four-byte sequence once.
 */
let gbkTable: Map<string, number[]> | null = null;

function gbkCodes(): Map<string, number[]> {
  if (gbkTable) return gbkTable;
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (!table.has(char)) table.set(char, [lead, trail]);
    }
  }
  for (let b1 = 0x81; b1 <= 0x84; b1++)
    for (let b2 = 0x30; b2 <= 0x39; b2++)
      for (let b3 = 0x81; b3 <= 0xfe; b3++)
        for (let b4 = 0x30; b4 <= 0x39; b4++) {
          const char = decoder.decode(new Uint8Array([b1, b2, b3, b4]));
          if (!table.has(char)) table.set(char, [b1, b2, b3, b4]);
        }
  gbkTable = table;
  return table;
}

/** Encodes text as GB18030; throws on a character outside the Basic Multilingual Plane. */
export function encodeGb18030(text: string): Buffer {
  const table = gbkCodes();
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const encoded = table.get(char);
    if (!encoded) throw new Error(`"${char}" (U+${code.toString(16)}) has no GB18030 code here`);
    bytes.push(...encoded);
  }
  return Buffer.from(bytes);
}

/**
 * A .docx with one paragraph per line; runs of lines holding tabs (the annex tables of the
 * converted documents) become one Word table, a row per line, a cell per tab-separated field.
 */
export async function buildDocx(text: string): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length;) {
    if (!lines[index]!.includes('\t')) {
      children.push(new Paragraph({ children: [new TextRun(lines[index]!)] }));
      index++;
      continue;
    }
    const rows: TableRow[] = [];
    for (; index < lines.length && lines[index]!.includes('\t'); index++) {
      rows.push(
        new TableRow({
          children: lines[index]!.split('\t').map(
            (cell) =>
              new TableCell({
                children: [new Paragraph({ alignment: AlignmentType.LEFT, text: cell })],
              }),
          ),
        }),
      );
    }
    children.push(new Table({ rows }));
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
