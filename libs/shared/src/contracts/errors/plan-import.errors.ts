import type { ErrorDefinition } from './error-definition.js';

/** Importing a plan document (方案导入): reading the file, the draft, the commit. */
export const PLAN_IMPORT_ERRORS = {
  PLAN_IMPORT_TOO_LARGE: { status: 413, message: '文件超过上传大小限制' },
  PLAN_IMPORT_UNSUPPORTED_TYPE: {
    status: 415,
    message: '只支持导入 .docx、.txt、.md 文件或直接粘贴文本',
  },
  PLAN_IMPORT_CORRUPT_DOCX: { status: 400, message: '无法读取该 Word 文件，文件可能已损坏' },
  PLAN_IMPORT_EMPTY: { status: 400, message: '文件内容为空' },
  PLAN_IMPORT_NOT_A_PLAN: {
    status: 422,
    message: '未能从文件中识别出方案任务，请确认上传的是方案文件',
  },
  PLAN_IMPORT_NOT_FOUND: { status: 404, message: '未找到该导入草稿' },
  PLAN_IMPORT_INVALID_EDIT: { status: 400, message: '草稿修改内容无效' },
  PLAN_IMPORT_PLAN_EXISTS: { status: 409, message: '相同文号的方案已存在，不能重复导入' },
} as const satisfies Record<string, ErrorDefinition>;
