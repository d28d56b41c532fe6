import { type INestApplicationContext, Logger } from '@nestjs/common';
import argon2 from 'argon2';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { unsafeConfigurationError } from '../config/security-checks.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../users/demo-accounts.js';

/**
 * Default credentials a production database must not hold: active demo accounts, and
 * administrators whose password is still the published demo password. Only administrators are
 * tried against the password (a handful of argon2 checks), so the start stays quick.
 */
export async function findDefaultCredentials(dataSource: DataSource): Promise<string[]> {
  const usernames = DEMO_ACCOUNTS.map((account) => account.username);
  const demo: { username: string }[] = await dataSource
    .createQueryBuilder()
    .select('u.username', 'username')
    .from('app_user', 'u')
    .where('u.username IN (:...usernames)', { usernames })
    .andWhere('u.disabled_at IS NULL')
    .orderBy('u.username')
    .getRawMany();
  const admins: { username: string; hash: string }[] = await dataSource
    .createQueryBuilder()
    .select('u.username', 'username')
    .addSelect('u.password_hash', 'hash')
    .from('app_user', 'u')
    .where(`u.role = 'system_admin'`)
    .andWhere('u.disabled_at IS NULL')
    .getRawMany();
  const problems = demo.map(
    (row) => `演示账号 ${row.username} 仍可登录 / demo account "${row.username}" is active`,
  );
  for (const admin of admins) {
    if (await argon2.verify(admin.hash, DEMO_PASSWORD).catch(() => false)) {
      problems.push(
        `管理员 ${admin.username} 仍使用演示密码 / administrator "${admin.username}" uses the demo password`,
      );
    }
  }
  return problems;
}

/**
 * Production refuses demo accounts and the demo password (run after init: accounts are read
 * from the migrated database); demo mode says loudly that it runs on the public development keys.
 */
export async function checkCredentials(
  app: INestApplicationContext,
  config: AppConfig,
): Promise<void> {
  if (config.appMode === 'production') {
    const problems = await findDefaultCredentials(app.get(DataSource));
    if (problems.length > 0) throw unsafeConfigurationError(problems);
  } else if (config.security.auditHmacKeys.demo || config.security.fieldEncryptionKeys.demo) {
    new Logger('Security').warn(
      '演示模式：正在使用公开的开发密钥（AUDIT_HMAC_KEY / FIELD_ENCRYPTION_KEYS），切勿用于真实数据 / demo mode uses the public development keys: never use it for real data',
    );
  }
}
