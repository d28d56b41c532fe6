import type { ErrorDefinition } from './error-definition.js';

/** Bulletins (通报) and the report-period locks that publishing sets. */
export const BULLETINS_ERRORS = {
  BULLETIN_NOT_FOUND: { status: 404, message: '未找到该通报' },
  BULLETIN_PERIOD_INVALID: {
    status: 400,
    message: '通报期间格式不正确：月度为 YYYY-MM，季度为 YYYY-Qn（如 2025-Q3），且不能晚于本月',
  },
  BULLETIN_ALREADY_PUBLISHED: {
    status: 409,
    message: '该期通报已发布，文件已定稿，不能重新生成或再次发布',
  },
  BULLETIN_NOT_PUBLISHED: { status: 409, message: '通报尚未发布，报告未锁定' },
  BULLETIN_PERIOD_NOT_LOCKED: { status: 409, message: '该月份的报告当前未锁定' },
  REPORT_PERIOD_LOCKED: {
    status: 423,
    message: '该月份的通报已发布，报告已锁定，不能再填报、报送或审核；如需修改请联系营商办解锁',
  },
} as const satisfies Record<string, ErrorDefinition>;
