import type { ErrorDefinition } from './error-definition.js';

/** Jurisdictions, plans and tasks as read from the catalog and the seeded plans. */
export const CATALOG_ERRORS = {
  JURISDICTION_NOT_FOUND: { status: 404, message: '未找到该辖区' },
  PLAN_NOT_FOUND: { status: 404, message: '未找到该方案' },
  TASK_NOT_FOUND: { status: 404, message: '未找到该任务' },
  DEPARTMENT_NOT_FOUND: { status: 404, message: '未找到该部门' },
} as const satisfies Record<string, ErrorDefinition>;
