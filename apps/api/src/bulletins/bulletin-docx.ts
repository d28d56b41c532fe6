import {
  BULLETIN_CLOSING,
  type BulletinFigures,
  type BulletinTable,
  bulletinParagraphs,
  bulletinTables,
} from '@bizenv/shared';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';

/**
 * The bulletin as a Word document in the style of an official notice (GB/T 9704): A4 with the
 * standard margins, a red issuer heading in 方正小标宋简体, the document number placeholder
 * "〔    〕号", the title, body text in 仿宋_GB2312 (三号), tables, then issuer and date. Word
 * and LibreOffice substitute an installed Song/FangSong font where these are missing; the
 * hAnsi/ascii fonts name common ones so Latin digits look right everywhere.
 */

const TITLE_FONT = { eastAsia: '方正小标宋简体', ascii: 'SimSun', hAnsi: 'SimSun' };
const BODY_FONT = { eastAsia: '仿宋_GB2312', ascii: 'FangSong', hAnsi: 'FangSong' };
const HEADING_FONT = { eastAsia: '黑体', ascii: 'SimHei', hAnsi: 'SimHei' };
/** Sizes in half-points: 二号 22pt, 三号 16pt, 四号 14pt, 小四 12pt. */
const SIZE = { title: 44, body: 32, table: 24 };
const MM = 56.7; // twips per millimetre
const RED = 'C00000';

export interface BulletinDocumentInput {
  title: string;
  issuer: string;
  /** "2025年8月1日". */
  issuedOn: string;
  figures: BulletinFigures;
}

export async function renderBulletinDocx(input: BulletinDocumentInput): Promise<Buffer> {
  const body: (Paragraph | Table)[] = [
    centered(input.issuer, { font: TITLE_FONT, size: 52, color: RED }),
    centered('〔    〕号', { font: BODY_FONT, size: SIZE.body }),
    redRule(),
    centered(input.title, { font: TITLE_FONT, size: SIZE.title }),
    new Paragraph(''),
  ];
  for (const section of bulletinParagraphs(input.figures)) {
    if (section.heading) body.push(heading(section.heading));
    for (const text of section.paragraphs) body.push(bodyParagraph(text));
  }
  for (const table of bulletinTables(input.figures)) {
    body.push(heading(table.heading));
    if (table.rows.length === 0) body.push(bodyParagraph(table.empty));
    else body.push(renderTable(table));
  }
  body.push(
    heading('六、下步要求'),
    bodyParagraph(BULLETIN_CLOSING),
    new Paragraph(''),
    rightAligned(input.issuer),
    rightAligned(input.issuedOn),
  );
  const document = new Document({
    creator: input.issuer,
    title: input.title,
    styles: {
      default: { document: { run: { font: BODY_FONT, size: SIZE.body } } },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 210 * MM, height: 297 * MM },
            margin: { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM },
          },
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(document);
}

type RunStyle = { font: typeof BODY_FONT; size: number; color?: string; bold?: boolean };

function run(text: string, style: RunStyle): TextRun {
  return new TextRun({ text, ...style });
}

function centered(text: string, style: RunStyle): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, style)] });
}

function rightAligned(text: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.RIGHT,
    children: [run(text, { font: BODY_FONT, size: SIZE.body })],
  });
}

/** The red line under the issuer heading (版头分隔线). */
function redRule(): Paragraph {
  return new Paragraph({
    border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 1 } },
    children: [],
  });
}

function heading(text: string): Paragraph {
  return new Paragraph({
    spacing: { before: 200, after: 100 },
    indent: { firstLine: 640 },
    children: [run(text, { font: HEADING_FONT, size: SIZE.body })],
  });
}

/** Body text: first line indented two characters, fixed 28pt line spacing. */
function bodyParagraph(text: string): Paragraph {
  return new Paragraph({
    indent: { firstLine: 640 },
    spacing: { line: 560, lineRule: 'exact' },
    alignment: AlignmentType.JUSTIFIED,
    children: [run(text, { font: BODY_FONT, size: SIZE.body })],
  });
}

function renderTable(table: BulletinTable): Table {
  const cell = (text: string, bold = false) =>
    new TableCell({
      verticalAlign: VerticalAlign.CENTER,
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [run(text, { font: BODY_FONT, size: SIZE.table, bold })],
        }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: table.headers.map((header) => cell(header, true)),
      }),
      ...table.rows.map((row) => new TableRow({ children: row.map((value) => cell(value)) })),
    ],
  });
}
