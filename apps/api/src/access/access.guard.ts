import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../auth/session-cookie.js';
import { tokensEqual } from '../auth/session-tokens.js';
import { SessionsService } from '../auth/sessions.service.js';
import { ACCESS_RULE, type AccessRule } from './access-rule.decorator.js';
import {
  csrfTokenInvalid,
  forbidden,
  passwordChangeRequired,
  sessionExpired,
  unauthenticated,
} from './access.errors.js';
import type { RequestSession } from './session-request.js';

/** Methods that change something: a signed-in caller must prove it is our page (CSRF token). */
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Global guard, in this order:
 * 1. a route runs only under an explicit access rule; one without is a programming error (a test
 *    lists every route to catch it), so it fails closed;
 * 2. public routes run for anyone (no session is resolved for them);
 * 3. otherwise the session cookie must name a live session: none or unknown → 401
 *    UNAUTHENTICATED, idle or past its absolute lifetime → 401 SESSION_EXPIRED (cookie cleared);
 * 4. POST/PUT/PATCH/DELETE need X-CSRF-Token equal to the session's token → 403
 *    CSRF_TOKEN_INVALID, checked before any handler can write;
 * 5. a user who must change the password may call only routes marked for it → 403
 *    PASSWORD_CHANGE_REQUIRED;
 * 6. the rule's roles → 403 FORBIDDEN.
 * The session lands on `request.session` (@CurrentUser() reads it; RequestContextInterceptor
 * puts the user in the request context).
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  // Not async: a route without a rule throws at once, whatever the caller does with the result.
  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) {
      throw new Error(
        `Route ${context.getClass().name}.${context.getHandler().name} has no access rule`,
      );
    }
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    request.session = null;
    if (rule.kind === 'public') return true;
    return this.checkSignedIn(rule, request, http.getResponse<FastifyReply>());
  }

  private async checkSignedIn(
    rule: Exclude<AccessRule, { kind: 'public' }>,
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<boolean> {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) throw unauthenticated();
    const lookup = await this.sessions.resolve(token);
    if (lookup.kind !== 'valid') {
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      throw lookup.kind === 'expired' ? sessionExpired() : unauthenticated();
    }
    const session = lookup.session;
    if (UNSAFE_METHODS.has(request.method) && !hasValidCsrfToken(request, session)) {
      throw csrfTokenInvalid();
    }
    request.session = session;
    if (rule.kind === 'password_change') return true;
    if (session.user.mustChangePassword) throw passwordChangeRequired();
    if (rule.roles && !rule.roles.includes(session.user.role)) throw forbidden();
    return true;
  }
}

function hasValidCsrfToken(request: FastifyRequest, session: RequestSession): boolean {
  const header = request.headers['x-csrf-token'];
  return typeof header === 'string' && tokensEqual(header, session.csrfToken);
}
