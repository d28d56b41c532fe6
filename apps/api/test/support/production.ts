import type { AppConfig } from '../../src/config/app-config.js';
import { parseKeyRing } from '../../src/common/crypto/key-ring.js';

/**
 * Overrides for starting the app in production mode in a test: its own keys and secure cookies,
 * which the start-up checks require (config/security-checks.ts). Not secret: tests only.
 */
export const PRODUCTION_SETTINGS = {
  appMode: 'production',
  security: {
    auditHmacKeys: parseKeyRing(
      'AUDIT_HMAC_KEY',
      'a1:MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=',
    ),
    fieldEncryptionKeys: parseKeyRing(
      'FIELD_ENCRYPTION_KEYS',
      'f1:ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=',
    ),
  },
  session: { idleMinutes: 30, absoluteHours: 12, cookieSecure: true },
} as const satisfies Partial<AppConfig>;

/** The same keys as environment variables, for commands run against that database. */
export const PRODUCTION_ENV = {
  APP_MODE: 'production',
  AUDIT_HMAC_KEY: 'a1:MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=',
  FIELD_ENCRYPTION_KEYS: 'f1:ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=',
} as const;
