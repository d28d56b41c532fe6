import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { ApiErrorBody } from '@bizenv/shared';
import { AppError } from './app-error.js';

type Detail = NonNullable<ApiErrorBody['details']>[number];

/** Chinese messages for the checks the pipe itself makes (DTO decorators carry their own). */
const PIPE_MESSAGES: Record<string, (field: string) => string> = {
  whitelistValidation: (field) => `不允许的参数：${field}`,
};

function flatten(errors: ValidationError[], parent = ''): Detail[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([code, message]) => ({
      field,
      code,
      message: PIPE_MESSAGES[code]?.(field) ?? message,
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** The one global validation pipe: strips nothing silently, converts types, answers in Chinese. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new AppError('VALIDATION_FAILED', undefined, flatten(errors)),
  });
}
