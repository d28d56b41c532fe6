import { type AppConfig, ConfigError } from './app-config.js';
import { AUDIT_HMAC_KEY_VARIABLE, FIELD_ENCRYPTION_KEYS_VARIABLE } from './security-config.js';

/**
 * What makes a configuration unsafe to run in production, one Chinese + English line each.
 * Demo mode runs with the built-in keys and plain-http cookies on purpose (localhost trials).
 */
export function findUnsafeSettings(config: AppConfig): string[] {
  if (config.appMode !== 'production') return [];
  const problems: string[] = [];
  if (config.security.auditHmacKeys.demo) {
    problems.push(
      `未设置 ${AUDIT_HMAC_KEY_VARIABLE.name}（审计链密钥）/ ${AUDIT_HMAC_KEY_VARIABLE.name} is not set`,
    );
  }
  if (config.security.fieldEncryptionKeys.demo) {
    problems.push(
      `未设置 ${FIELD_ENCRYPTION_KEYS_VARIABLE.name}（敏感字段加密密钥）/ ${FIELD_ENCRYPTION_KEYS_VARIABLE.name} is not set`,
    );
  }
  if (!config.session.cookieSecure) {
    problems.push(
      'COOKIE_SECURE=false：登录 Cookie 会以明文 HTTP 发送 / COOKIE_SECURE must be true in production (HTTPS)',
    );
  }
  return problems;
}

/** The error main.ts prints when start-up checks fail. */
export function unsafeConfigurationError(problems: string[]): ConfigError {
  return new ConfigError(
    `配置不安全，拒绝启动 / refusing to start on an unsafe configuration：${problems.join('；')}`,
  );
}

/** Throws before anything starts when the configuration is unsafe for its mode. */
export function assertSafeSettings(config: AppConfig): void {
  const problems = findUnsafeSettings(config);
  if (problems.length > 0) throw unsafeConfigurationError(problems);
}
