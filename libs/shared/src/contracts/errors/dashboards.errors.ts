import type { ErrorDefinition } from './error-definition.js';

/** Jurisdiction dashboards, roll-ups and their drill-down lists. */
export const DASHBOARDS_ERRORS = {
  DASHBOARD_AS_OF_INVALID: {
    status: 400,
    message: '统计日期格式应为 YYYY-MM-DD 或 YYYY-MM，且不能晚于今天',
  },
  DASHBOARD_BUCKET_INVALID: { status: 400, message: '下钻类别无效' },
  DASHBOARD_PERIOD_INVALID: { status: 400, message: '报送期次格式应为 YYYY-MM' },
} as const satisfies Record<string, ErrorDefinition>;
