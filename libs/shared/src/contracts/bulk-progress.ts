/**
 * Bulk progress (本期报表): a department downloads its reports of one period as an .xlsx,
 * fills them in Excel and uploads the file to save them all as drafts at once.
 */

/** Name of the data sheet of the bulk progress workbook. */
export const BULK_PROGRESS_SHEET_NAME = '本期报表';

/** The fixed columns, in sheet order; one column per target actual follows them. */
export const BULK_PROGRESS_COLUMNS = [
  { key: 'taskKey', header: '任务键', width: 24, editable: false },
  { key: 'title', header: '任务名称', width: 40, editable: false },
  { key: 'role', header: '角色', width: 8, editable: false },
  { key: 'status', header: '报告状态', width: 12, editable: false },
  { key: 'workDone', header: '工作进展', width: 50, editable: true },
  { key: 'problems', header: '存在问题', width: 40, editable: true },
  { key: 'nextSteps', header: '下步计划', width: 40, editable: true },
  { key: 'completionPercent', header: '完成百分比', width: 12, editable: true },
] as const;

export type BulkProgressColumnKey = (typeof BULK_PROGRESS_COLUMNS)[number]['key'];

export type BulkProgressCellErrorCode =
  | 'TASK_KEY_REQUIRED'
  | 'TASK_KEY_UNKNOWN'
  | 'TASK_KEY_DUPLICATE'
  | 'TEXT_REQUIRED'
  | 'TEXT_TOO_LONG'
  | 'PERCENT_INVALID'
  | 'NUMBER_INVALID'
  | 'TARGET_NOT_ON_TASK'
  | 'ACTUALS_LEAD_ONLY'
  | 'REPORT_NOT_EDITABLE';

/** One bad cell of an uploaded workbook; `column` is the letter and header, e.g. "E（工作进展）". */
export interface BulkProgressCellError {
  row: number;
  column: string;
  code: BulkProgressCellErrorCode;
  message: string;
}

/** What one row does to the department's report of its task. */
export interface BulkProgressRowResult {
  taskId: number;
  taskKey: string;
  action: 'create' | 'update' | 'unchanged';
}

/** What an upload did (or, in a dry run, would do). */
export interface BulkProgressResponse {
  period: string;
  dryRun: boolean;
  /** True when the drafts were written (never on a dry run or with errors). */
  applied: boolean;
  created: number;
  updated: number;
  unchanged: number;
  rows: BulkProgressRowResult[];
  errors: BulkProgressCellError[];
}
