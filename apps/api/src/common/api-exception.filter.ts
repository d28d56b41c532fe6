import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
} from '@nestjs/common';
import { type ApiErrorBody, ERROR_CODES, type ErrorCode } from '@bizenv/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './app-error.js';

/** Turns what a handler threw into the code, message and details a client may see. */
function describe(exception: unknown): Pick<ApiErrorBody, 'code' | 'message' | 'details'> {
  if (exception instanceof AppError) {
    return { code: exception.code, message: exception.message, details: exception.details };
  }
  // Nest and fastify raise these for unknown routes, unparsable bodies and the like.
  const status = exception instanceof HttpException ? exception.getStatus() : statusOf(exception);
  if (status !== undefined && status >= 400 && status < 500) {
    // 413: a body over the JSON limit (fastify's bodyLimit, see app.ts).
    const code: ErrorCode =
      status === 404 ? 'NOT_FOUND' : status === 413 ? 'PAYLOAD_TOO_LARGE' : 'VALIDATION_FAILED';
    return { code, message: ERROR_CODES[code].message };
  }
  return { code: 'INTERNAL_ERROR', message: ERROR_CODES.INTERNAL_ERROR.message };
}

function statusOf(exception: unknown): number | undefined {
  const status = (exception as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

/** The one exception filter: every error leaves the API as an ApiErrorBody with its code's status. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const body: ApiErrorBody = { ...describe(exception), requestId: request.id };
    if (body.details === undefined) delete body.details;
    if (body.code === 'INTERNAL_ERROR') {
      const error = exception instanceof Error ? exception : new Error(String(exception));
      this.logger.error(
        `${request.method} ${request.url} [${request.id}] ${error.message}`,
        error.stack,
      );
    }
    void reply.status(ERROR_CODES[body.code].status).send(body);
  }
}
