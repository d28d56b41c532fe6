import type { ErrorDefinition } from './error-definition.js';

/** Jurisdiction dashboards, roll-ups and their drill-down lists. */
export const DASHBOARDS_ERRORS = {
  DASHBOARD_AS_OF_INVALID: {
    status: 400,
    message: '统计日期格式应为 YYYY-MM-DD 或 YYYY-MM，且不能晚于今天',
  },
  DASHBOARD_BUCKET_INVALID: { status: 400, message: '下钻类别无效' },
  DASHBOARD_PERIOD_INVALID: { status: 400, message: '报送期次格式应为 YYYY-MM' },
  DASHBOARD_FORBIDDEN: { status: 403, message: '部门用户不能查看辖区总览，请在本部门工作台查看' },
  DASHBOARD_ROLLUP_NOT_AVAILABLE: { status: 400, message: '县区没有下级辖区，无法进行比较' },
} as const satisfies Record<string, ErrorDefinition>;
