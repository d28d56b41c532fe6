import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Observable } from 'rxjs';
import { runInRequestContext } from './request-context.js';
import type {} from './session-request.js';

/**
 * Enters the request context (request id, IP, signed-in user) around the route handler, so
 * services and AuditService read it with currentRequest(). An interceptor rather than a fastify
 * hook: body parsing would lose an AsyncLocalStorage context entered in onRequest.
 */
@Injectable()
export class RequestContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const info = { requestId: request.id, ip: request.ip, user: request.session?.user ?? null };
    return new Observable((subscriber) =>
      runInRequestContext(info, () => next.handle().subscribe(subscriber)),
    );
  }
}
