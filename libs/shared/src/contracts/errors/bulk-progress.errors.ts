import type { ErrorDefinition } from './error-definition.js';

/** Bulk progress (本期报表): an uploaded workbook of a department's reports for one period. */
export const BULK_PROGRESS_ERRORS = {
  BULK_PROGRESS_WRONG_TEMPLATE: {
    status: 400,
    message: '表格不是本系统的本期报表：缺少“本期报表”工作表或必需的列标题，请先下载本期报表',
  },
  BULK_PROGRESS_INVALID: {
    status: 422,
    message: '报表中有错误的单元格，未保存任何报告，请按错误列表修改后重新上传',
  },
} as const satisfies Record<string, ErrorDefinition>;
