import { type AppConfig } from './app-config.js';
import {
  type ConfigVariable,
  DATABASE_URL,
  HOST,
  LOG_LEVEL,
  PORT,
  SEEDS_DIR,
  WEB_DIST_DIR,
} from './config.variables.js';

type Environment = Readonly<Record<string, string | undefined>>;

function read<T>(env: Environment, variable: ConfigVariable<T>): T {
  const raw = env[variable.name];
  // An empty value counts as unset, as shells and .env files often leave one behind.
  return variable.parse(raw === undefined || raw === '' ? variable.defaultValue : raw);
}

/** Reads and validates the configuration; throws a ConfigError on the first bad value. */
export function loadConfig(env: Environment): AppConfig {
  return {
    database: read(env, DATABASE_URL),
    port: read(env, PORT),
    host: read(env, HOST),
    seedsDir: read(env, SEEDS_DIR),
    webDistDir: read(env, WEB_DIST_DIR),
    logLevel: read(env, LOG_LEVEL),
  };
}
