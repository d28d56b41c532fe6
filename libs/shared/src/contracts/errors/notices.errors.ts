import type { ErrorDefinition } from './error-definition.js';

/** Supervision notices (督办) and in-app notifications. */
export const NOTICES_ERRORS = {
  NOTICE_NOT_FOUND: { status: 404, message: '未找到该督办通知' },
  NOTICE_STATUS_INVALID: { status: 409, message: '督办通知当前状态不允许该操作' },
  NOTICE_NOT_DRAFT: { status: 409, message: '只能删除尚未下发的督办草稿' },
  NOTICE_NOT_EDITABLE: { status: 409, message: '督办通知已下发，不能再修改；请重新加载' },
  NOTICE_DEPARTMENT_INVALID: { status: 400, message: '督办对象须为本辖区的部门' },
  NOTICE_SUBJECT_INVALID: {
    status: 400,
    message: '督办只能关联一项任务或一个问题，不能同时关联',
  },
  NOTICE_DUE_DATE_INVALID: { status: 400, message: '回复期限不能早于今天' },
  NOTIFICATION_NOT_FOUND: { status: 404, message: '未找到该消息' },
} as const satisfies Record<string, ErrorDefinition>;
