import type { CookieSerializeOptions } from '@fastify/cookie';

/** Name of the httpOnly cookie that carries the session token. */
export const SESSION_COOKIE = 'bizenv_session';

/**
 * httpOnly (scripts cannot read it), SameSite=Strict (no other site's page can make the browser
 * send it, which with the X-CSRF-Token check and JSON-only login closes CSRF), Path=/ (the web
 * app and the API share the origin), Secure per COOKIE_SECURE. No Max-Age: a browser session
 * cookie; the server decides expiry.
 */
export function sessionCookieOptions(secure: boolean): CookieSerializeOptions {
  return { httpOnly: true, sameSite: 'strict', path: '/', secure };
}
