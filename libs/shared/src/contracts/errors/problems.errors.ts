import type { ErrorDefinition } from './error-definition.js';

/** Problems and their rectification (问题清单 / 整改清单). */
export const PROBLEMS_ERRORS = {
  PROBLEM_NOT_FOUND: { status: 404, message: '未找到该问题' },
  PROBLEM_SUBJECT_INVALID: { status: 400, message: '问题须关联一项任务或一个指标（二者选一）' },
  PROBLEM_DEPARTMENT_INVALID: { status: 400, message: '整改责任部门须为本辖区的部门' },
  PROBLEM_SOURCE_FORBIDDEN: {
    status: 403,
    message: '部门只能为本部门参与的任务登记由本部门整改的自查问题',
  },
  PROBLEM_NOT_RECTIFIED: { status: 409, message: '问题尚未整改完成，不能销号' },
  PROBLEM_CLOSED: { status: 409, message: '问题已销号，不能再修改' },
  PROBLEM_FIELD_FORBIDDEN: {
    status: 403,
    message: '责任部门只能修改问题描述、整改措施、佐证材料和整改状态',
  },
  PROBLEM_MEASURE_REQUIRED: { status: 400, message: '标记已整改前须填写整改措施' },
} as const satisfies Record<string, ErrorDefinition>;
