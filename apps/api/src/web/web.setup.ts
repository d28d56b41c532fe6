import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * Serves the built web app from the API's port when its folder exists: files as they are,
 * and index.html for other GET paths so the browser router can take them (/plans/3 reloaded
 * in the browser). Unknown /api paths and missing files (/assets/old.js) stay 404s: HTML in
 * place of a script would only hide the error.
 * Returns whether the web app is served.
 */
export async function serveWebApp(
  app: NestFastifyApplication,
  webDistDir: string,
): Promise<boolean> {
  if (!existsSync(path.join(webDistDir, 'index.html'))) return false;
  const fastify = app.getHttpAdapter().getInstance();
  // Files are registered one route each (wildcard: false): the build output does not change
  // while the server runs, and the catch-all below stays free for the browser router.
  await fastify.register(fastifyStatic, { root: webDistDir, wildcard: false });
  fastify.get('/*', (request, reply) => {
    const pathname = request.url.split('?', 1)[0]!;
    if (isApiPath(pathname) || looksLikeFile(pathname)) return reply.callNotFound();
    return reply.sendFile('index.html');
  });
  return true;
}

function isApiPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/');
}

function looksLikeFile(pathname: string): boolean {
  return /\.[^/]+$/.test(pathname);
}
