/**
 * Just enough WordprocessingML to write a bulletin's body as text, every paragraph in a named
 * style so that fonts are declared once in styles.xml rather than on every table cell. Building the body as a
 * string is two orders of magnitude faster than the `docx` package's object tree for a county's
 * hundreds of table rows (the bulletin must render in well under a second); the package still
 * writes everything around it (styles, settings, content types, properties).
 */

export interface ParagraphStyle {
  /** Id of a paragraph style of the package's styles.xml (fonts and sizes live there). */
  styleId: string;
  align?: 'left' | 'center' | 'right' | 'both';
  /** First-line indent in twips (two 三号 characters = 640). */
  firstLine?: number;
  /** Exact line height in twips (28pt = 560). */
  exactLine?: number;
  spaceBefore?: number;
  spaceAfter?: number;
  /** A line under the paragraph (the red rule under the issuer). */
  bottomBorder?: { color: string; size: number };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeXml(text: string): string {
  return (
    text
      .replace(/[&<>"]/g, (char) => ESCAPES[char]!)
      // Control characters other than tab and line breaks are not allowed in XML 1.0.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
  );
}

export function paragraph(text: string, style: ParagraphStyle): string {
  const properties: string[] = [`<w:pStyle w:val="${style.styleId}"/>`];
  if (style.bottomBorder) {
    properties.push(
      `<w:pBdr><w:bottom w:val="single" w:sz="${style.bottomBorder.size}" w:space="1" w:color="${style.bottomBorder.color}"/></w:pBdr>`,
    );
  }
  if (style.exactLine || style.spaceBefore || style.spaceAfter) {
    properties.push(
      `<w:spacing w:before="${style.spaceBefore ?? 0}" w:after="${style.spaceAfter ?? 0}"` +
        (style.exactLine ? ` w:line="${style.exactLine}" w:lineRule="exact"` : '') +
        '/>',
    );
  }
  if (style.firstLine) properties.push(`<w:ind w:firstLine="${style.firstLine}"/>`);
  if (style.align) properties.push(`<w:jc w:val="${style.align}"/>`);
  const content = text ? `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>` : '';
  return `<w:p><w:pPr>${properties.join('')}</w:pPr>${content}</w:p>`;
}

const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';

/**
 * A full-width table with single borders; the first row is the header, repeated on every page.
 * `widths` are the columns' twips (they should add up to the text width).
 */
export function table(
  headers: string[],
  rows: string[][],
  widths: number[],
  styleIds: { header: string; body: string },
): string {
  const cell = (text: string, width: number, styleId: string) =>
    `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>` +
    paragraph(text, { styleId, align: 'center' }) +
    '</w:tc>';
  const row = (cells: string[], styleId: string, isHeader: boolean) =>
    `<w:tr><w:trPr><w:cantSplit/>${isHeader ? '<w:tblHeader/>' : ''}</w:trPr>` +
    cells.map((text, index) => cell(text, widths[index]!, styleId)).join('') +
    '</w:tr>';
  const total = widths.reduce((sum, width) => sum + width, 0);
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:jc w:val="center"/>` +
    `<w:tblBorders><w:top ${BORDER}/><w:left ${BORDER}/><w:bottom ${BORDER}/><w:right ${BORDER}/>` +
    `<w:insideH ${BORDER}/><w:insideV ${BORDER}/></w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
    `<w:tblGrid>${widths.map((width) => `<w:gridCol w:w="${width}"/>`).join('')}</w:tblGrid>` +
    row(headers, styleIds.header, true) +
    rows.map((cells) => row(cells, styleIds.body, false)).join('') +
    '</w:tbl>'
  );
}

/** The document part: body content and the page setup (size and margins in twips). */
export function documentXml(
  body: string[],
  page: { width: number; height: number; top: number; right: number; bottom: number; left: number },
): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>' +
    body.join('') +
    `<w:sectPr><w:pgSz w:w="${page.width}" w:h="${page.height}"/>` +
    `<w:pgMar w:top="${page.top}" w:right="${page.right}" w:bottom="${page.bottom}" w:left="${page.left}" w:header="851" w:footer="992" w:gutter="0"/>` +
    '</w:sectPr></w:body></w:document>'
  );
}
