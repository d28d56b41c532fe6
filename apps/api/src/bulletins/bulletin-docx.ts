import {
  BULLETIN_CLOSING,
  type BulletinFigures,
  bulletinParagraphs,
  bulletinTables,
} from '@bizenv/shared';
import { Document, type IParagraphStyleOptions, Packer } from 'docx';
import { documentXml, paragraph, type ParagraphStyle, table } from './wordprocessing-xml.js';

/**
 * The bulletin as a Word document in the style of an official notice (GB/T 9704): A4 with the
 * standard margins, a red issuer heading and the title in 方正小标宋简体, the document number
 * placeholder "〔    〕号", body text in 仿宋_GB2312 三号 with 28pt lines, headed tables, then
 * issuer and date. Word and LibreOffice substitute an installed Song/FangSong font where these
 * are missing; the Latin fonts name common ones so digits look right everywhere.
 */

const FONTS = {
  title: { eastAsia: '方正小标宋简体', ascii: 'SimSun', hAnsi: 'SimSun' },
  body: { eastAsia: '仿宋_GB2312', ascii: 'FangSong', hAnsi: 'FangSong' },
  heading: { eastAsia: '黑体', ascii: 'SimHei', hAnsi: 'SimHei' },
};

/** Paragraph styles of the package; sizes in half-points (一号 26pt, 二号 22pt, 三号 16pt, 小四 12pt). */
const STYLES: IParagraphStyleOptions[] = [
  { id: 'BulletinIssuer', name: '通报版头', run: { font: FONTS.title, size: 52, color: 'C00000' } },
  { id: 'BulletinTitle', name: '通报标题', run: { font: FONTS.title, size: 44 } },
  { id: 'BulletinBody', name: '通报正文', run: { font: FONTS.body, size: 32 } },
  { id: 'BulletinHeading', name: '通报一级标题', run: { font: FONTS.heading, size: 32 } },
  { id: 'BulletinTableHeader', name: '通报表头', run: { font: FONTS.heading, size: 24 } },
  { id: 'BulletinTableBody', name: '通报表格', run: { font: FONTS.body, size: 24 } },
];

/** A4 in twips; margins 37/26/35/28 mm. */
const PAGE = { width: 11906, height: 16838, top: 2098, right: 1474, bottom: 1984, left: 1587 };
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

const BODY: ParagraphStyle = {
  styleId: 'BulletinBody',
  firstLine: 640,
  exactLine: 560,
  align: 'both',
};

export interface BulletinDocumentInput {
  title: string;
  issuer: string;
  /** "2025年8月1日". */
  issuedOn: string;
  figures: BulletinFigures;
}

export async function renderBulletinDocx(input: BulletinDocumentInput): Promise<Buffer> {
  const heading = (text: string) =>
    paragraph(text, {
      styleId: 'BulletinHeading',
      firstLine: 640,
      spaceBefore: 160,
      spaceAfter: 80,
    });
  const body: string[] = [
    paragraph(input.issuer, { styleId: 'BulletinIssuer', align: 'center' }),
    paragraph('〔    〕号', { styleId: 'BulletinBody', align: 'center', spaceBefore: 120 }),
    paragraph('', { styleId: 'BulletinBody', bottomBorder: { color: 'C00000', size: 18 } }),
    paragraph(input.title, {
      styleId: 'BulletinTitle',
      align: 'center',
      spaceBefore: 480,
      spaceAfter: 360,
    }),
  ];
  for (const section of bulletinParagraphs(input.figures)) {
    if (section.heading) body.push(heading(section.heading));
    for (const text of section.paragraphs) body.push(paragraph(text, BODY));
  }
  for (const item of bulletinTables(input.figures)) {
    body.push(heading(item.heading));
    if (item.rows.length === 0) {
      body.push(paragraph(item.empty, BODY));
    } else {
      body.push(
        table(item.headers, item.rows, columnWidths(item.headers), {
          header: 'BulletinTableHeader',
          body: 'BulletinTableBody',
        }),
      );
    }
  }
  body.push(
    heading('六、下步要求'),
    paragraph(BULLETIN_CLOSING, BODY),
    paragraph(input.issuer, { styleId: 'BulletinBody', align: 'right', spaceBefore: 720 }),
    paragraph(input.issuedOn, { styleId: 'BulletinBody', align: 'right' }),
  );
  // The package (styles, settings, properties) comes from `docx`; the body is ours.
  const document = new Document({
    creator: input.issuer,
    title: input.title,
    styles: { paragraphStyles: STYLES },
    sections: [{ children: [] }],
  });
  return Packer.toBuffer(document, false, [
    { path: 'word/document.xml', data: documentXml(body, PAGE) },
  ]);
}

/** Wider columns for names and titles, narrow ones for numbers. */
function columnWidths(headers: string[]): number[] {
  const weight = (header: string) =>
    /序号|排名/.test(header)
      ? 2
      : /任务名称|^目标$/.test(header)
        ? 9
        : /单位|编号|时限/.test(header) && !/（/.test(header)
          ? 4
          : 3;
  const weights = headers.map(weight);
  const total = weights.reduce((sum, value) => sum + value, 0);
  const widths = weights.map((value) => Math.floor((TEXT_WIDTH * value) / total));
  widths[widths.length - 1]! += TEXT_WIDTH - widths.reduce((sum, value) => sum + value, 0);
  return widths;
}
