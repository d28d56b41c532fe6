import { type KeyRing, KeyRingError, parseKeyRing } from '../common/crypto/key-ring.js';
import { ConfigError, type SecurityConfig } from './app-config.js';

export const AUDIT_HMAC_KEY_VARIABLE = {
  name: 'AUDIT_HMAC_KEY',
  description:
    '审计日志 HMAC-SM3 链密钥："编号:Base64(32字节)"，轮换时新密钥在前、旧密钥在后，用逗号分隔；生产模式必填',
} as const;

export const FIELD_ENCRYPTION_KEYS_VARIABLE = {
  name: 'FIELD_ENCRYPTION_KEYS',
  description:
    '敏感字段（手机号）SM4 加密密钥："编号:Base64(32字节)"，当前密钥在前、旧密钥在后；生产模式必填',
} as const;

// Public on purpose: they only let demo mode run without setup. Production refuses them.
const DEMO_AUDIT_HMAC_KEY = 'demo:K3R+kygYwO5ioiblWPfuXPmD3L3H6LI4PH46yMR4ADU=';
const DEMO_FIELD_ENCRYPTION_KEYS = 'demo:hFtsGd8uJQHad+W9aqtOuwPXSqLMY4jawbVWQd+i5NY=';

/** The built-in development keys (demo mode, tests). */
export function demoSecurityConfig(): SecurityConfig {
  return {
    auditHmacKeys: parseKeyRing(AUDIT_HMAC_KEY_VARIABLE.name, DEMO_AUDIT_HMAC_KEY, true),
    fieldEncryptionKeys: parseKeyRing(
      FIELD_ENCRYPTION_KEYS_VARIABLE.name,
      DEMO_FIELD_ENCRYPTION_KEYS,
      true,
    ),
  };
}

/**
 * Reads the keys; an unset one falls back to the development key, which the start-up checks
 * refuse in production (security-checks.ts), so the refusal comes with every other problem.
 */
export function readSecurityConfig(
  env: Readonly<Record<string, string | undefined>>,
): SecurityConfig {
  const demo = demoSecurityConfig();
  const read = (variable: { name: string }, fallback: KeyRing): KeyRing => {
    const raw = env[variable.name];
    if (raw === undefined || raw === '') return fallback;
    try {
      return parseKeyRing(variable.name, raw);
    } catch (error) {
      throw error instanceof KeyRingError ? new ConfigError(error.message) : error;
    }
  };
  return {
    auditHmacKeys: read(AUDIT_HMAC_KEY_VARIABLE, demo.auditHmacKeys),
    fieldEncryptionKeys: read(FIELD_ENCRYPTION_KEYS_VARIABLE, demo.fieldEncryptionKeys),
  };
}
