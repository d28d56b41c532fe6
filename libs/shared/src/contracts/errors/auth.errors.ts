import type { ErrorDefinition } from './error-definition.js';

/** Sign-in, sessions, CSRF, access and user management. */
export const AUTH_ERRORS = {
  UNAUTHENTICATED: { status: 401, message: '请先登录' },
  SESSION_EXPIRED: { status: 401, message: '登录已超时，请重新登录' },
  /** Deliberately the same for an unknown user, a wrong password, a locked or a disabled account. */
  LOGIN_FAILED: { status: 401, message: '用户名或密码错误（连续失败5次将锁定15分钟）' },
  CSRF_TOKEN_INVALID: { status: 403, message: '页面已过期，请刷新页面后重试' },
  LOGIN_REQUIRES_JSON: { status: 415, message: '登录请求须为 JSON 格式' },
  FORBIDDEN: { status: 403, message: '无权执行此操作' },
  PASSWORD_CHANGE_REQUIRED: { status: 403, message: '请先修改初始密码' },
  PASSWORD_TOO_WEAK: { status: 400, message: '密码不符合要求' },
  CURRENT_PASSWORD_WRONG: { status: 400, message: '当前密码不正确' },
  PASSWORD_UNCHANGED: { status: 400, message: '新密码不能与当前密码相同' },
  USER_NOT_FOUND: { status: 404, message: '未找到该用户' },
  USERNAME_TAKEN: { status: 409, message: '该用户名已被使用' },
  USER_DEPARTMENT_INVALID: {
    status: 400,
    message: '部门用户须选择本辖区的部门，其他角色不选部门',
  },
  USER_ROLE_INVALID: { status: 400, message: '该辖区不能设置此角色' },
  SELF_CHANGE_NOT_ALLOWED: { status: 400, message: '不能停用自己的账号或更改自己的角色' },
} as const satisfies Record<string, ErrorDefinition>;
