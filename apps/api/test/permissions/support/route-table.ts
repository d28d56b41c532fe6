import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { RequestMethod } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** Global prefix of the API (app.ts). */
const API_PREFIX = '/api';

/**
 * Every route the running server answers, as 'METHOD /path' (HEAD left out: fastify adds it to
 * every GET), read from fastify's own route table — so routes registered outside Nest's
 * controllers (OpenAPI, the web app) are listed too.
 */
export function serverRoutes(app: NestFastifyApplication): string[] {
  const printed = app.getHttpAdapter().getInstance().printRoutes({ commonPrefix: false });
  const routes: string[] = [];
  // Each line: tree drawing, a path segment, and "(METHODS)" when the node is a route.
  const stack: string[] = [];
  for (const line of printed.split('\n')) {
    const match = /^([│├└─\s]*)(\S+)(?: \(([A-Z, ]+)\))?$/u.exec(line);
    if (!match) continue;
    const depth = [...match[1]!].length / 4;
    stack.length = depth - 1;
    stack.push(match[2]!);
    if (!match[3]) continue;
    const path = stack.join('');
    for (const method of match[3].split(', ')) {
      if (method !== 'HEAD') routes.push(`${method} ${path}`);
    }
  }
  return [...new Set(routes)].sort();
}

/** The routes Nest's controllers declare, as 'METHOD /api/path' (to cross-check the table). */
export function controllerRoutes(app: NestFastifyApplication): string[] {
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const routes: string[] = [];
  for (const { metatype } of discovery.getControllers()) {
    if (typeof metatype !== 'function') continue;
    const base = String(Reflect.getMetadata(PATH_METADATA, metatype) ?? '');
    for (const name of scanner.getAllMethodNames(metatype.prototype)) {
      const handler = metatype.prototype[name];
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      if (path === undefined) continue;
      const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
      const full = [API_PREFIX, base, path]
        .flatMap((part) => part.split('/'))
        .filter((segment) => segment !== '')
        .join('/');
      routes.push(`${method} /${full}`);
    }
  }
  return routes.sort();
}
