import type { ErrorDefinition } from './error-definition.js';

/** Status changes, closure and change requests, instructions (批示). */
export const TASK_TRACKING_ERRORS = {
  INVALID_STATUS_TRANSITION: {
    status: 409,
    message: '任务当前状态不能直接变更为该状态（完成与销号须通过销号申请办理）',
  },
  TASK_NOT_CLOSABLE: {
    status: 409,
    message: '任务当前状态不能申请销号（已申请销号、已销号或暂缓的任务除外）',
  },
  NOT_LEAD_DEPARTMENT: { status: 403, message: '只有该任务的牵头部门才能办理此事项' },
  LEADER_OF_JURISDICTION_ONLY: { status: 403, message: '只有本辖区的领导才能作出批示' },
  NOT_CONCERNED_DEPARTMENT: { status: 403, message: '只有批示涉及的部门才能签收' },
  CLOSURE_REQUEST_NOT_FOUND: { status: 404, message: '未找到该销号申请' },
  CHANGE_REQUEST_NOT_FOUND: { status: 404, message: '未找到该延期/调整申请' },
  INSTRUCTION_NOT_FOUND: { status: 404, message: '未找到该批示' },
  REQUEST_ALREADY_DECIDED: { status: 409, message: '该申请已审核，请刷新页面查看结果' },
  CHANGE_REQUEST_ALREADY_PENDING: {
    status: 409,
    message: '该任务已有待审核的同类申请，请等待营商办审核后再提出',
  },
  TASK_CLOSED: { status: 409, message: '该任务已销号，不能再提出或同意延期、调整申请' },
  INSTRUCTION_ALREADY_ACKNOWLEDGED: { status: 409, message: '本部门已签收该批示' },
  EXTENSION_DEADLINE_REQUIRED: {
    status: 400,
    message: '延期申请须填写新的时限日期和时限表述，且不能同时调整其他内容',
  },
  EXTENSION_NOT_LATER: { status: 400, message: '延期后的时限须晚于当前时限' },
  ADJUSTMENT_EMPTY: {
    status: 400,
    message: '调整申请须提出标题、内容或责任部门的调整，且不能调整时限（请提延期申请）',
  },
  ADJUSTMENT_DEPARTMENTS_INVALID: {
    status: 400,
    message:
      '调整后的责任部门须同时列出牵头和配合部门，均为本辖区的部门，至少一个牵头部门，且同一部门不能既牵头又配合',
  },
} as const satisfies Record<string, ErrorDefinition>;
