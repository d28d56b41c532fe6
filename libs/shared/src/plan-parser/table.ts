import type { ParseIssue } from './issues.js';
import type { SourceLine } from './lines.js';
import type { NameResolver } from './names.js';
import { toChinesePunctuation } from './punctuation.js';
import { collapseCjkSpaces } from './text.js';

/**
 * Tab-separated tables as Word conversion leaves them. Two layouts occur:
 * - one row per line, cells between tabs ("1\t开办企业\t县行政审批服务局\t");
 * - one cell per line, each line led by a tab, a cell's text going on over following lines
 *   without a tab, rows separated by blank lines ("\t1\n\t企业信息\n变更“一件事”\n\t…").
 * Cells keep their line breaks ("\n"): inside a cell a break may separate two names.
 * Lines before the first row (the table's title) are skipped; the first line without a tab
 * that does not continue a cell ends the table.
 */
export interface TableRow {
  /** Source line of the row's first cell. */
  line: number;
  cells: string[];
}

export function readTable(lines: readonly SourceLine[]): TableRow[] {
  const rows: TableRow[] = [];
  let row: TableRow | null = null;
  for (const line of lines) {
    const { raw } = line;
    if (raw.startsWith('\t')) {
      if (!row) {
        row = { line: line.number, cells: [] };
        rows.push(row);
      }
      row.cells.push(
        ...raw
          .split('\t')
          .slice(1)
          .map((cell) => cell.trim()),
      );
    } else if (raw.includes('\t')) {
      rows.push({ line: line.number, cells: raw.split('\t').map((cell) => cell.trim()) });
      row = null;
    } else if (raw.trim() === '') {
      row = null;
    } else if (row) {
      const last = row.cells.length - 1;
      row.cells[last] = row.cells[last] === '' ? raw.trim() : `${row.cells[last]}\n${raw.trim()}`;
    } else if (rows.length > 0) {
      break;
    }
  }
  return rows;
}

/** What reading a table's rows into plan data needs: the catalog's names, and where issues go. */
export interface TableContext {
  names: NameResolver;
  issues: ParseIssue[];
}

/** A cell's words on one line (in a title a line break is only the cell's width), punctuation Chinese. */
export function cellText(cell: string): string {
  return toChinesePunctuation(collapseCjkSpaces(cell));
}
