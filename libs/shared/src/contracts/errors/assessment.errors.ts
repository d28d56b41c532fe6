import type { ErrorDefinition } from './error-definition.js';

/** Year-end assessment (考核). */
export const ASSESSMENT_ERRORS = {
  ASSESSMENT_RULES_INVALID: { status: 400, message: '考核规则不正确' },
  ASSESSMENT_YEAR_INVALID: { status: 400, message: '考核年度须在 2000 年至今年之间' },
  ASSESSMENT_PUBLICATION_NOT_FOUND: { status: 404, message: '未找到该考核结果' },
} as const satisfies Record<string, ErrorDefinition>;
