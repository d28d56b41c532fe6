import type { ErrorDefinition } from './error-definition.js';

export const COMMON_ERRORS = {
  VALIDATION_FAILED: { status: 400, message: '请求参数不正确' },
  NOT_FOUND: { status: 404, message: '请求的资源不存在' },
  VERSION_CONFLICT: { status: 409, message: '该记录已被他人修改，请刷新页面后重试' },
  PAYLOAD_TOO_LARGE: { status: 413, message: '提交的内容过大' },
  INTERNAL_ERROR: { status: 500, message: '服务器内部错误，请稍后重试' },
} as const satisfies Record<string, ErrorDefinition>;
