import type { BulletinLedgerRow } from '@bizenv/shared';
import ExcelJS from 'exceljs';

/** The ledger's columns: header, row field, width in characters. */
const COLUMNS: { header: string; key: keyof BulletinLedgerRow | 'index'; width: number }[] = [
  { header: '序号', key: 'index', width: 6 },
  { header: '任务编号', key: 'code', width: 10 },
  { header: '任务名称', key: 'title', width: 48 },
  { header: '指标', key: 'indicator', width: 16 },
  { header: '牵头单位', key: 'leadDepartments', width: 22 },
  { header: '配合单位', key: 'supportDepartments', width: 28 },
  { header: '完成时限', key: 'deadline', width: 16 },
  { header: '状态', key: 'status', width: 10 },
  { header: '完成进度（%）', key: 'completionPercent', width: 12 },
  { header: '最新进展月份', key: 'latestProgressPeriod', width: 12 },
  { header: '最新进展', key: 'latestProgress', width: 60 },
  { header: '量化目标及实际值', key: 'targetActuals', width: 48 },
];

export const LEDGER_SHEET_NAME = '任务台账';

/**
 * The ledger (台账) of every task as an Excel workbook: one row per task, the header frozen,
 * long texts wrapped. Completion is a number cell so offices can sum and filter it.
 */
export async function renderBulletinXlsx(input: {
  title: string;
  creator: string;
  generatedAt: Date;
  rows: BulletinLedgerRow[];
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = input.creator;
  workbook.title = input.title;
  workbook.created = input.generatedAt;
  workbook.modified = input.generatedAt;
  const sheet = workbook.addWorksheet(LEDGER_SHEET_NAME, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToHeight: 0 },
  });
  sheet.columns = COLUMNS.map((column) => ({
    header: column.header,
    key: column.key,
    width: column.width,
  }));
  const header = sheet.getRow(1);
  header.font = { name: '黑体', bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  input.rows.forEach((row, index) => {
    const added = sheet.addRow({ index: index + 1, ...row });
    added.alignment = { vertical: 'top', wrapText: true };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
