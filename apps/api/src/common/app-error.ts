import { type ApiErrorBody, ERROR_CODES, type ErrorCode } from '@bizenv/shared';

/**
 * An error with a stable code from the shared ERROR_CODES. Features create them through their
 * own `*.errors.ts`; the global filter turns them into the HTTP status and body of the code.
 */
export class AppError extends Error {
  override readonly name = 'AppError';

  constructor(
    readonly code: ErrorCode,
    message: string = ERROR_CODES[code].message,
    readonly details?: ApiErrorBody['details'],
  ) {
    super(message);
  }
}
