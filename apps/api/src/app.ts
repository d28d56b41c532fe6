import fastifyCookie from '@fastify/cookie';
import { Logger, type LogLevel as NestLogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module.js';
import { setupMultipart } from './attachments/multipart.setup.js';
import { DEFAULT_RATE_LIMITS, addRateLimits } from './common/http-security/rate-limits.js';
import { addSecurityHeaders } from './common/http-security/security-headers.js';
import { exposeRequestId, requestIdOptions } from './common/request-id.js';
import type { AppConfig, LogLevel } from './config/app-config.js';
import { assertSafeSettings } from './config/security-checks.js';
import { checkCredentials } from './database/credential-checks.js';
import { setupOpenApi } from './openapi/openapi.setup.js';
import { serveWebApp } from './web/web.setup.js';

/**
 * Largest request body the JSON parser accepts (413 beyond). Evidence uploads are multipart,
 * limited by MAX_UPLOAD_MB in multipart.setup.ts, not by this.
 */
const JSON_BODY_LIMIT = 256 * 1024;

/** URL prefix of every API route. */
const API_PREFIX = 'api';

const NEST_LOG_LEVELS: Record<LogLevel, NestLogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  info: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
};

/**
 * Builds the whole application for a configuration: database connected, migrated and seeded,
 * API, OpenAPI and web app routes registered. The caller decides where to listen.
 */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  // Refuse an unsafe configuration before touching the database.
  assertSafeSettings(config);
  const adapter = new FastifyAdapter({
    ...requestIdOptions,
    logger: false,
    bodyLimit: JSON_BODY_LIMIT,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: NEST_LOG_LEVELS[config.logLevel],
    // Throw start-up errors to the caller instead of exiting the process.
    abortOnError: false,
  });
  try {
    // The session cookie (auth/session-cookie.ts); registered before init so routes can read it.
    await app.register(fastifyCookie);
    // Evidence uploads (attachments/); size limit from MAX_UPLOAD_MB.
    await setupMultipart(app, config);
    app.setGlobalPrefix(API_PREFIX);
    const fastify = app.getHttpAdapter().getInstance();
    exposeRequestId(fastify);
    addSecurityHeaders(fastify, { hsts: config.session.cookieSecure });
    addRateLimits(fastify, config.rateLimits ?? DEFAULT_RATE_LIMITS);
    setupOpenApi(app);
    if (!(await serveWebApp(app, config.webDistDir))) {
      new Logger('WebApp').log(`未找到网页构建（${config.webDistDir}），只提供 API`);
    }
    await app.init();
    await checkCredentials(app, config);
    return app;
  } catch (error) {
    await app.close();
    throw error;
  }
}
