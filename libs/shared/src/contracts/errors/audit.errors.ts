import { AUDIT_EXPORT_MAX_ROWS } from '../audit.js';
import type { ErrorDefinition } from './error-definition.js';

/** The audit log's search and export. */
export const AUDIT_ERRORS = {
  AUDIT_EXPORT_TOO_LARGE: {
    status: 400,
    message: `导出的审计记录超过 ${AUDIT_EXPORT_MAX_ROWS} 条，请缩小日期范围或增加筛选条件`,
  },
} as const satisfies Record<string, ErrorDefinition>;
