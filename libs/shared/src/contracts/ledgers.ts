/**
 * Excel ledgers (台账): the columns of the export, the template and the import, in sheet order.
 * Only the columns marked `editable` are read back by the import; the others are there for the
 * reader and are ignored, so an exported file imports without changes.
 */
export const LEDGER_COLUMNS = [
  { key: 'taskKey', header: '任务键', width: 24, editable: false },
  { key: 'code', header: '编号', width: 12, editable: false },
  { key: 'indicator', header: '指标', width: 18, editable: false },
  { key: 'title', header: '任务名称', width: 30, editable: true },
  { key: 'body', header: '任务内容', width: 60, editable: true },
  { key: 'leadDepartments', header: '牵头单位', width: 24, editable: false },
  { key: 'supportDepartments', header: '配合单位', width: 30, editable: false },
  { key: 'leader', header: '责任领导', width: 20, editable: false },
  { key: 'deadline', header: '完成时限', width: 16, editable: false },
  { key: 'status', header: '状态', width: 16, editable: true },
  { key: 'latestProgress', header: '最新进展', width: 40, editable: false },
  { key: 'completionPercent', header: '完成百分比', width: 12, editable: false },
  { key: 'targets', header: '目标及最新实际值', width: 40, editable: false },
] as const;

export type LedgerColumnKey = (typeof LEDGER_COLUMNS)[number]['key'];

/** Name of the data sheet in exports and the template. */
export const LEDGER_SHEET_NAME = '台账';

/** One bad cell of an uploaded ledger; `column` is the letter and header, e.g. "I（状态）". */
export interface LedgerCellError {
  row: number;
  column: string;
  code: LedgerCellErrorCode;
  message: string;
}

export type LedgerCellErrorCode =
  | 'TASK_KEY_REQUIRED'
  | 'TASK_KEY_UNKNOWN'
  | 'TASK_KEY_DUPLICATE'
  | 'STATUS_UNKNOWN'
  | 'STATUS_TRANSITION'
  | 'TEXT_REQUIRED'
  | 'TEXT_TOO_LONG';

/** A field one import row changes on a task. */
export interface LedgerFieldChange {
  field: 'title' | 'body' | 'status';
  before: string;
  after: string;
}

export interface LedgerTaskChange {
  taskId: number;
  taskKey: string;
  changes: LedgerFieldChange[];
}

/** What an import did (or, in a dry run, would do). */
export interface LedgerImportResponse {
  dryRun: boolean;
  /** True when the changes were written (never on a dry run or with errors). */
  applied: boolean;
  created: number;
  updated: number;
  unchanged: number;
  changes: LedgerTaskChange[];
  errors: LedgerCellError[];
}
