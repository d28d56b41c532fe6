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
  // preCompressed: the build writes .br/.gz beside each text file (apps/web/build/precompress.ts).
  await fastify.register(fastifyStatic, {
    root: webDistDir,
    wildcard: false,
    preCompressed: true,
    setHeaders: (response, filePath) => response.header('cache-control', cacheControlFor(filePath)),
  });
  fastify.get('/*', (request, reply) => {
    const pathname = request.url.split('?', 1)[0]!;
    if (isApiPath(pathname) || looksLikeFile(pathname)) return reply.callNotFound();
    return reply.sendFile('index.html');
  });
  return true;
}

/**
 * Vite names every file under assets/ by its content hash, so a browser may keep them for good;
 * index.html names the current ones and must be checked on every visit.
 */
function cacheControlFor(filePath: string): string {
  return filePath.split(path.sep).includes('assets')
    ? 'public, max-age=31536000, immutable'
    : 'no-cache';
}

function isApiPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/');
}

function looksLikeFile(pathname: string): boolean {
  return /\.[^/]+$/.test(pathname);
}
