import type { FastifyInstance } from 'fastify';

/**
 * The Content-Security-Policy of every response. Scripts only from our origin, never inline
 * (the Vite build has none; test/security checks the built index.html). Styles allow inline
 * because antd injects its CSS-in-JS as <style> elements at run time. No framing at all.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const ALWAYS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
} as const;

/** One year, as browsers' preload lists expect; sent only when the site runs behind HTTPS. */
const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Sets the security headers on every response, errors and static files included, and
 * `Cache-Control: no-store` on API responses (personal data must not stay in shared caches or
 * the browser's history). HSTS only with COOKIE_SECURE, which says the site is served over TLS.
 */
export function addSecurityHeaders(fastify: FastifyInstance, options: { hsts: boolean }): void {
  fastify.addHook('onRequest', async (request, reply) => {
    reply.headers(ALWAYS);
    if (options.hsts) reply.header('strict-transport-security', HSTS);
    if (request.url === '/api' || request.url.startsWith('/api/')) {
      reply.header('cache-control', 'no-store');
    }
  });
}
