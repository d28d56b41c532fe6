import { FieldCipher, FieldDecryptionError } from '../common/crypto/field-cipher.js';
import { loadConfig } from '../config/load-config.js';
import { createDataSource } from '../database/data-source.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import { UserPhonesRepository } from '../users/user-phones.repository.js';
import { UserEntity } from '../users/user.entity.js';
import { auditServices } from './audit-services.js';

const BATCH = 500;

/**
 * `npm run rotate-keys`: re-encrypts every encrypted field under the current key of
 * FIELD_ENCRYPTION_KEYS (the first one), batch by batch, each batch in one transaction with an
 * audit row. Old keys can leave the configuration once it reports nothing left under them.
 * Audit rows need no re-signing: AUDIT_HMAC_KEY keeps old ids for verifying.
 */
export async function runRotateKeys(
  env: Readonly<Record<string, string | undefined>>,
): Promise<string> {
  const config = loadConfig(env);
  const dataSource = createDataSource(config.database);
  await dataSource.initialize();
  try {
    if (await dataSource.showMigrations()) {
      throw new Error('数据库尚有未执行的迁移：请先启动一次应用（启动时执行迁移）再轮换密钥');
    }
    const cipher = new FieldCipher(config.security.fieldEncryptionKeys);
    const phones = new UserPhonesRepository(dataSource.getRepository(UserEntity));
    const transactions = new TransactionRunner(dataSource);
    const { audit } = auditServices(dataSource, config);
    const currentId = config.security.fieldEncryptionKeys.current.id;
    let rotated = 0;
    for (let afterId = 0; ;) {
      const batch = await phones.findBatch(afterId, BATCH);
      if (batch.length === 0) break;
      afterId = batch.at(-1)!.id;
      const stale = batch.filter((user) => !cipher.isCurrent(user.phoneEncrypted!));
      if (stale.length === 0) continue;
      rotated += await transactions.run(async (manager) => {
        let done = 0;
        for (const user of stale) {
          // Decrypting checks the MAC: a tampered value stops the rotation with its user id.
          const plain = decryptOrExplain(cipher, user.id, user.phoneEncrypted!);
          if (await phones.replace(manager, user.id, user.phoneEncrypted!, cipher.encrypt(plain))) {
            done++;
          }
        }
        await audit.record(manager, {
          action: 'security.field_keys.rotate',
          targetType: 'app_user',
          targetId: null,
          after: { keyId: currentId, rotated: done },
        });
        return done;
      });
    }
    return `已用密钥 ${currentId} 重新加密 ${rotated} 个字段`;
  } finally {
    await dataSource.destroy();
  }
}

/** Decrypts, or stops the rotation naming the user whose stored value is unreadable. */
function decryptOrExplain(cipher: FieldCipher, userId: number, stored: string): string {
  try {
    return cipher.decrypt(stored);
  } catch (error) {
    throw new FieldDecryptionError(
      `用户 ${userId} 的手机号无法解密（${error instanceof Error ? error.message : String(error)}）：未做任何修改`,
      { cause: error },
    );
  }
}
