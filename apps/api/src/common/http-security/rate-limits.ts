import { createHash } from 'node:crypto';
import { ERROR_CODES } from '@bizenv/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { TokenBuckets } from './token-bucket.js';

const MINUTE_MS = 60_000;
const LOGIN_ROUTE = '/api/auth/login';

export interface RateLimitSettings {
  /** Login attempts per minute per client IP and username (burst of the same size). */
  loginPerMinute: number;
  /** File uploads per minute per client IP and session. */
  uploadPerMinute: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitSettings = { loginPerMinute: 20, uploadPerMinute: 30 };

/**
 * Rate limits in front of the costly or abusable routes: sign-in (argon2 work, password
 * guessing across accounts; the per-account lockout is the auth service's) and evidence
 * uploads (disk). Over the limit: 429 RATE_LIMITED with Retry-After, before any handler runs.
 */
export function addRateLimits(fastify: FastifyInstance, settings: RateLimitSettings): void {
  const logins = new TokenBuckets(settings.loginPerMinute, MINUTE_MS);
  const uploads = new TokenBuckets(settings.uploadPerMinute, MINUTE_MS);

  // preHandler: the body is parsed, so the username is known.
  fastify.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'POST') return;
    if (request.routeOptions.url === LOGIN_ROUTE) {
      const username = (request.body as { username?: unknown } | null)?.username;
      const key = `${request.ip}|${typeof username === 'string' ? username.trim().toLowerCase() : ''}`;
      if (refused(logins.take(key), request, reply)) return reply;
    } else if (request.isMultipart()) {
      // The session cookie's hash: the key names the browser without keeping its secret.
      const session = createHash('sha256')
        .update(request.headers.cookie ?? '')
        .digest('hex');
      if (refused(uploads.take(`${request.ip}|${session}`), request, reply)) return reply;
    }
    return undefined;
  });
}

/** Sends the 429 when the bucket was empty; says whether it did. */
function refused(waitMs: number, request: FastifyRequest, reply: FastifyReply): boolean {
  if (waitMs === 0) return false;
  void reply
    .status(ERROR_CODES.RATE_LIMITED.status)
    .header('retry-after', String(Math.ceil(waitMs / 1000)))
    .send({
      code: 'RATE_LIMITED',
      message: ERROR_CODES.RATE_LIMITED.message,
      requestId: request.id,
    });
  return true;
}
