/**
 * Stable, machine-readable error codes with the Chinese message users read.
 * Clients switch on `code`; the API maps each code to an HTTP status in one place.
 */
export const ERROR_CODES = {
  VALIDATION_FAILED: { status: 400, message: '请求参数不正确' },
  NOT_FOUND: { status: 404, message: '请求的资源不存在' },
  JURISDICTION_NOT_FOUND: { status: 404, message: '未找到该辖区' },
  PLAN_NOT_FOUND: { status: 404, message: '未找到该方案' },
  TASK_NOT_FOUND: { status: 404, message: '未找到该任务' },
  INTERNAL_ERROR: { status: 500, message: '服务器内部错误，请稍后重试' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Body of every error response. */
export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  /** Per-field problems for VALIDATION_FAILED. */
  details?: { field: string; code: string; message: string }[];
  requestId?: string;
}
