import ExcelJS from 'exceljs';
import {
  BULK_PROGRESS_COLUMNS,
  BULK_PROGRESS_SHEET_NAME,
  type BulkProgressColumnKey,
} from '@bizenv/shared';
import { columnLetter } from './ledger-workbook.js';

export type BulkProgressCells = Record<BulkProgressColumnKey, string>;

/** A target column: its header names the target by id, metric and unit. */
export interface BulkTargetColumn {
  targetId: number;
  metric: string;
  unit: string;
}

export interface BulkProgressSheetRow {
  cells: BulkProgressCells;
  /** Current actual per target id; only targets of the row's task are open for input. */
  actuals: Map<number, string>;
  targetIds: number[];
}

const TARGET_HEADER = /^目标#(\d+)/;
const GREY = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE0E0E0' } } as const;

const INSTRUCTIONS = [
  '本期报表填写说明',
  '1. 每行是本部门本期应报的一个任务（牵头或配合），请勿修改“任务键”列和第一行的列标题。',
  '2. 只读取“工作进展”“存在问题”“下步计划”“完成百分比”和“目标#…”列，其余列仅供查阅。',
  '3. “工作进展”必填；“完成百分比”填 0–100 的整数；目标实际值填数字，单位见列标题。',
  '4. 目标实际值只由牵头部门填写；灰色单元格不属于该行任务，请留空。',
  '5. 已报送或已通过的报告不能在此修改；被退回的报告可以修改。',
  '6. 上传前系统先预览；任何单元格有错误时不会保存任何报告，请按错误列表（行、列、原因）修改后重新上传。',
  '7. 上传后各报告保存为草稿：请在系统中逐一打开报告，上传佐证材料后报送。',
];

export function targetHeader(target: BulkTargetColumn): string {
  return `目标#${target.targetId} ${target.metric}（${target.unit}）`;
}

/** "E（工作进展）": how an error names a column of the sheet. */
export function bulkColumnLabel(key: BulkProgressColumnKey): string {
  const index = BULK_PROGRESS_COLUMNS.findIndex((column) => column.key === key);
  return `${columnLetter(index + 1)}（${BULK_PROGRESS_COLUMNS[index]!.header}）`;
}

/** The period's workbook: the 本期报表 sheet (frozen header, grey cells off the task) and 说明. */
export async function buildBulkProgressWorkbook(
  targets: BulkTargetColumn[],
  rows: BulkProgressSheetRow[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(BULK_PROGRESS_SHEET_NAME, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }],
  });
  sheet.columns = [
    ...BULK_PROGRESS_COLUMNS.map((column) => ({
      header: column.header,
      key: column.key,
      width: column.width,
      style: { alignment: { wrapText: true, vertical: 'top' as const } },
    })),
    ...targets.map((target) => ({ header: targetHeader(target), width: 20 })),
  ];
  sheet.getRow(1).font = { bold: true };
  const first = BULK_PROGRESS_COLUMNS.length + 1;
  for (const row of rows) {
    const added = sheet.addRow(row.cells);
    targets.forEach((target, index) => {
      const cell = added.getCell(first + index);
      const value = row.actuals.get(target.targetId);
      if (value !== undefined) cell.value = Number(value);
      if (!row.targetIds.includes(target.targetId)) cell.fill = GREY;
    });
  }

  const help = workbook.addWorksheet('说明');
  help.getColumn(1).width = 110;
  INSTRUCTIONS.forEach((line, index) => {
    const cell = help.getCell(index + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true };
    if (index === 0) cell.font = { bold: true, size: 14 };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface ParsedBulkRow {
  /** Row number in the sheet (the header is row 1). */
  row: number;
  cells: Partial<BulkProgressCells>;
  /** Text of each target column, by target id (empty cells included). */
  actuals: Map<number, { text: string; column: string }>;
}

export type ParsedBulkSheet = { ok: true; rows: ParsedBulkRow[] } | { ok: false };

const REQUIRED_KEYS: BulkProgressColumnKey[] = [
  'taskKey',
  'workDone',
  'problems',
  'nextSteps',
  'completionPercent',
];

/** Reads the 本期报表 sheet: columns by header; rows whose cells are all empty are skipped. */
export function readBulkProgressSheet(workbook: ExcelJS.Workbook): ParsedBulkSheet {
  const sheet = workbook.getWorksheet(BULK_PROGRESS_SHEET_NAME);
  if (!sheet) return { ok: false };
  const positions = new Map<BulkProgressColumnKey, number>();
  const targets = new Map<number, { column: number; label: string }>();
  sheet.getRow(1).eachCell((cell, column) => {
    const header = cell.text.trim();
    const match = BULK_PROGRESS_COLUMNS.find((c) => c.header === header);
    if (match && !positions.has(match.key)) positions.set(match.key, column);
    const target = TARGET_HEADER.exec(header);
    if (target)
      targets.set(Number(target[1]), { column, label: `${columnLetter(column)}（${header}）` });
  });
  if (REQUIRED_KEYS.some((key) => !positions.has(key))) return { ok: false };

  const rows: ParsedBulkRow[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const cells: Partial<BulkProgressCells> = {};
    for (const [key, column] of positions) cells[key] = cellText(row.getCell(column));
    const actuals = new Map<number, { text: string; column: string }>();
    for (const [targetId, { column, label }] of targets) {
      actuals.set(targetId, { text: cellText(row.getCell(column)), column: label });
    }
    const texts = [...Object.values(cells), ...[...actuals.values()].map((a) => a.text)];
    if (texts.some((text) => text.trim() !== '')) rows.push({ row: number, cells, actuals });
  });
  return { ok: true, rows };
}

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return cell.text;
}
