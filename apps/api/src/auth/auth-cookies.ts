import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { SESSION_COOKIE, sessionCookieOptions } from './session-cookie.js';
import { hashToken } from './session-tokens.js';

/** Sets, reads and clears the session cookie with the configured attributes. */
@Injectable()
export class AuthCookies {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  set(reply: FastifyReply, token: string): void {
    reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(this.config.session.cookieSecure));
  }

  clear(reply: FastifyReply): void {
    reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(this.config.session.cookieSecure));
  }

  /** The stored id of the session the browser presents, if any (valid or not). */
  sessionIdOf(request: FastifyRequest): string | null {
    const token = request.cookies[SESSION_COOKIE];
    return token ? hashToken(token) : null;
  }
}
