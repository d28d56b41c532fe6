import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { SessionUser } from '@bizenv/shared';
import type { FastifyRequest } from 'fastify';
import { unauthenticated } from './access.errors.js';
import type { RequestSession } from './session-request.js';

function sessionOf(context: ExecutionContext): RequestSession {
  const session = context.switchToHttp().getRequest<FastifyRequest>().session;
  // Only a route with a public rule runs without a session: asking for the user there is a 401.
  if (!session) throw unauthenticated();
  return session;
}

/**
 * The signed-in user of the request, as the access guard resolved it. Use on routes with a
 * `@SignedIn()` or `@AllowDuringPasswordChange()` rule.
 */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): SessionUser => sessionOf(context).user,
);

/** The whole session (id, CSRF token, user): for the auth routes. */
export const CurrentSession = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestSession => sessionOf(context),
);
