import type { ErrorDefinition } from './error-definition.js';

/** Excel ledgers (台账): reading the uploaded workbook and applying it. */
export const LEDGERS_ERRORS = {
  LEDGER_FILE_REQUIRED: { status: 400, message: '请上传一个 .xlsx 台账文件' },
  LEDGER_TOO_LARGE: { status: 413, message: '文件超过上传大小限制' },
  LEDGER_CORRUPT_XLSX: {
    status: 400,
    message: '无法读取该 Excel 文件，文件可能已损坏或不是 .xlsx 格式',
  },
  LEDGER_WRONG_TEMPLATE: {
    status: 400,
    message: '表格不是本系统的台账模板：缺少“台账”工作表或必需的列标题，请先下载模板',
  },
  LEDGER_INVALID: {
    status: 422,
    message: '台账中有错误的单元格，未写入任何内容，请按错误列表修改后重新导入',
  },
} as const satisfies Record<string, ErrorDefinition>;
