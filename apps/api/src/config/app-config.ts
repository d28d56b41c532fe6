/** The typed configuration of the API, read once from the environment at start-up. */

export type DatabaseConfig = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface AppConfig {
  database: DatabaseConfig;
  port: number;
  host: string;
  seedsDir: string;
  webDistDir: string;
  logLevel: LogLevel;
}

/** Injection token of the AppConfig object. */
export const APP_CONFIG = Symbol('APP_CONFIG');

/** A bad configuration value: its message is one line meant for the operator. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}
