import { type AppConfig } from './app-config.js';
import {
  APP_MODE,
  COOKIE_SECURE,
  type ConfigVariable,
  DATA_DIR,
  DATABASE_URL,
  DEMO_HISTORY,
  HOST,
  LOG_LEVEL,
  MAX_UPLOAD_MB,
  PORT,
  SCHEDULER_INTERVAL_MINUTES,
  SEEDS_DIR,
  SESSION_ABSOLUTE_HOURS,
  SESSION_IDLE_MINUTES,
  WEB_DIST_DIR,
} from './config.variables.js';
import { readSecurityConfig } from './security-config.js';

type Environment = Readonly<Record<string, string | undefined>>;

function read<T>(
  env: Environment,
  variable: ConfigVariable<T>,
  defaultValue = variable.defaultValue,
): T {
  const raw = env[variable.name];
  // An empty value counts as unset, as shells and .env files often leave one behind.
  return variable.parse(raw === undefined || raw === '' ? defaultValue : raw);
}

/** Reads and validates the configuration; throws a ConfigError on the first bad value. */
export function loadConfig(env: Environment): AppConfig {
  const appMode = read(env, APP_MODE);
  return {
    database: read(env, DATABASE_URL),
    port: read(env, PORT),
    host: read(env, HOST),
    seedsDir: read(env, SEEDS_DIR),
    webDistDir: read(env, WEB_DIST_DIR),
    logLevel: read(env, LOG_LEVEL),
    appMode,
    demoHistory: read(env, DEMO_HISTORY),
    dataDir: read(env, DATA_DIR),
    maxUploadMb: read(env, MAX_UPLOAD_MB),
    schedulerIntervalMinutes: read(env, SCHEDULER_INTERVAL_MINUTES),
    security: readSecurityConfig(env),
    session: {
      idleMinutes: read(env, SESSION_IDLE_MINUTES),
      absoluteHours: read(env, SESSION_ABSOLUTE_HOURS),
      // Production runs behind HTTPS: the cookie must not travel in clear unless told otherwise.
      cookieSecure: read(env, COOKIE_SECURE, appMode === 'production' ? 'true' : 'false'),
    },
  };
}
