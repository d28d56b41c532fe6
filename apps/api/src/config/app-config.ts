import type { RateLimitSettings } from '../common/http-security/rate-limits.js';
import type { KeyRing } from '../common/crypto/key-ring.js';

/** Keys of the audit chain and of field encryption (security-config.ts reads them). */
export interface SecurityConfig {
  /** HMAC-SM3 keys of the audit log chain; the current one signs new rows. */
  auditHmacKeys: KeyRing;
  /** SM4 master keys of encrypted fields (phone numbers); the current one encrypts. */
  fieldEncryptionKeys: KeyRing;
}

/** The typed configuration of the API, read once from the environment at start-up. */

export type DatabaseConfig = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** demo: seeds demo accounts for trying the system out; production: seeds none. */
export const APP_MODES = ['demo', 'production'] as const;
export type AppMode = (typeof APP_MODES)[number];

/** How long sessions live and how the session cookie is sent. */
export interface SessionConfig {
  /** A session unused this long ends. */
  idleMinutes: number;
  /** A session ends this long after sign-in, however active. */
  absoluteHours: number;
  /** Send the cookie over HTTPS only. */
  cookieSecure: boolean;
}

export interface AppConfig {
  database: DatabaseConfig;
  port: number;
  host: string;
  seedsDir: string;
  webDistDir: string;
  logLevel: LogLevel;
  appMode: AppMode;
  /** Demo mode only: seed the demo history of reports on a database without any (default true). */
  demoHistory?: boolean;
  session: SessionConfig;
  /** Data directory: evidence files live under <dataDir>/attachments. */
  dataDir: string;
  /** Largest evidence file accepted, in MiB. */
  maxUploadMb: number;
  /** Minutes between scheduled checks (overdue drafts, reminders); 0 disables the scheduler. */
  schedulerIntervalMinutes: number;
  /** Audit chain and field encryption keys. */
  security: SecurityConfig;
  /** Login and upload rate limits; DEFAULT_RATE_LIMITS unless a test sets its own. */
  rateLimits?: RateLimitSettings;
}

/** Injection token of the AppConfig object. */
export const APP_CONFIG = Symbol('APP_CONFIG');

/** A bad configuration value: its message is one line meant for the operator. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}
