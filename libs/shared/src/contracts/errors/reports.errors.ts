import type { ErrorDefinition } from './error-definition.js';

/** Monthly progress reports, their review and the reporting settings of a jurisdiction. */
export const REPORTS_ERRORS = {
  REPORT_NOT_FOUND: { status: 404, message: '未找到该进展报告' },
  REPORT_ALREADY_SUBMITTED: {
    status: 409,
    message: '报告已报送，营商办审核前不能修改；如需修改请联系营商办退回',
  },
  REPORT_ALREADY_ACCEPTED: { status: 409, message: '报告已审核通过，不能再修改' },
  REPORT_NOT_SUBMITTED: { status: 409, message: '报告不是待审核状态，不能审核' },
  REPORT_NOT_MINE: { status: 403, message: '只能填报本部门的报告' },
  COMPLETION_REQUIRED: { status: 400, message: '牵头部门报送时须填写完成进度（0–100%）' },
  WORK_DONE_REQUIRED: { status: 400, message: '报送时须填写工作进展' },
  TARGET_ACTUAL_REQUIRED: { status: 400, message: '牵头部门报送时须填写每项量化目标的实际值' },
  TARGET_NOT_ON_TASK: { status: 400, message: '所填目标不属于该任务' },
  TARGET_ACTUAL_DUPLICATE: { status: 400, message: '同一目标只能填写一个实际值' },
  TARGET_UNIT_MISMATCH: { status: 400, message: '实际值的单位须与目标的单位一致' },
  TARGET_ACTUALS_LEAD_ONLY: { status: 400, message: '只有牵头部门的报告填写量化目标实际值' },
  PERIOD_IN_FUTURE: { status: 400, message: '不能填报未来月份的报告' },
  TASK_NOT_OPEN: { status: 409, message: '任务已销号或暂缓，无需报送进展' },
} as const satisfies Record<string, ErrorDefinition>;
