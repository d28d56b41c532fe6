import ExcelJS from 'exceljs';
import {
  LEDGER_COLUMNS,
  LEDGER_SHEET_NAME,
  type LedgerColumnKey,
  TASK_STATUS_LABELS,
} from '@bizenv/shared';

export type LedgerCells = Record<LedgerColumnKey, string>;

/** Blank rows below the data that still offer the status list (room for the office's edits). */
const VALIDATED_SPARE_ROWS = 200;

const INSTRUCTIONS = [
  '台账使用说明',
  '1. 请勿修改第一行的列标题和“任务键”列，系统按“任务键”（方案键#任务编号）识别任务。',
  '2. 导入时只读取“任务名称”“任务内容”“状态”三列，其余列仅供查阅，修改不会写入系统。',
  '3. “状态”请从下拉列表中选择；完成和销号须在系统中通过销号申请办理，不能在台账中直接改为“已完成（待销号）”或“已销号”。',
  '4. 新增任务请在系统中通过方案导入或调整申请办理，台账导入只更新已有任务。',
  '5. 导入前系统会先预览变更；任何单元格有错误时不会写入任何内容，请按错误列表（行、列、原因）修改后重新导入。',
  '6. 文件须为 .xlsx 格式，大小不超过系统的上传限制。',
];

/** Column letter of a 1-based index (A…Z, AA…). */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** "I（状态）": how an error names a column of the ledger sheet. */
export function columnLabel(key: LedgerColumnKey): string {
  const index = LEDGER_COLUMNS.findIndex((column) => column.key === key);
  return `${columnLetter(index + 1)}（${LEDGER_COLUMNS[index]!.header}）`;
}

/** A ledger workbook: the 台账 sheet (frozen header, widths, a status list) and 说明. */
export async function buildLedgerWorkbook(rows: LedgerCells[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(LEDGER_SHEET_NAME, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = LEDGER_COLUMNS.map((column) => ({
    header: column.header,
    key: column.key,
    width: column.width,
    style: { alignment: { wrapText: true, vertical: 'top' } },
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);

  const statusColumn = columnLetter(LEDGER_COLUMNS.findIndex((c) => c.key === 'status') + 1);
  const statusList = `"${Object.values(TASK_STATUS_LABELS).join(',')}"`;
  for (let row = 2; row <= rows.length + 1 + VALIDATED_SPARE_ROWS; row++) {
    sheet.getCell(`${statusColumn}${row}`).dataValidation = {
      type: 'list',
      allowBlank: false,
      formulae: [statusList],
      showErrorMessage: true,
      errorTitle: '状态不正确',
      error: '请从下拉列表中选择状态',
    };
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

export interface ParsedLedgerRow {
  /** Row number in the sheet (the header is row 1). */
  row: number;
  cells: Partial<LedgerCells>;
}

export type ParsedLedger = { ok: true; rows: ParsedLedgerRow[] } | { ok: false };

/** Columns an uploaded ledger must have: the key and everything the import reads. */
const REQUIRED_KEYS: LedgerColumnKey[] = ['taskKey', 'title', 'body', 'status'];

/**
 * Reads the 台账 sheet of a workbook already loaded by exceljs: columns are found by their
 * header, wherever the office moved them; rows whose cells are all empty are skipped.
 */
export function readLedgerSheet(workbook: ExcelJS.Workbook): ParsedLedger {
  const sheet = workbook.getWorksheet(LEDGER_SHEET_NAME);
  if (!sheet) return { ok: false };
  const positions = new Map<LedgerColumnKey, number>();
  sheet.getRow(1).eachCell((cell, column) => {
    const match = LEDGER_COLUMNS.find((c) => c.header === cell.text.trim());
    if (match && !positions.has(match.key)) positions.set(match.key, column);
  });
  if (REQUIRED_KEYS.some((key) => !positions.has(key))) return { ok: false };

  const rows: ParsedLedgerRow[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const cells: Partial<LedgerCells> = {};
    for (const [key, column] of positions) cells[key] = cellText(row.getCell(column));
    if (Object.values(cells).some((text) => text.trim() !== '')) rows.push({ row: number, cells });
  });
  return { ok: true, rows };
}

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  return cell.text;
}
