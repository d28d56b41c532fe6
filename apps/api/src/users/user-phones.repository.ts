import { type EntityManager, IsNull, MoreThan, Not, type Repository } from 'typeorm';
import { UserEntity } from './user.entity.js';

/** Encrypted phone numbers, read and rewritten by the key rotation (cli/rotate-keys). */
export class UserPhonesRepository {
  constructor(private readonly users: Repository<UserEntity>) {}

  /** Users with a stored phone, by id, after `afterId`. */
  async findBatch(
    afterId: number,
    limit: number,
  ): Promise<Pick<UserEntity, 'id' | 'phoneEncrypted'>[]> {
    return this.users.find({
      select: { id: true, phoneEncrypted: true },
      where: { id: MoreThan(afterId), phoneEncrypted: Not(IsNull()) },
      order: { id: 'ASC' },
      take: limit,
    });
  }

  /** Replaces one ciphertext, only if it is still the one read (a concurrent edit wins). */
  async replace(manager: EntityManager, id: number, from: string, to: string): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(UserEntity)
      .set({ phoneEncrypted: to })
      .where('id = :id AND phone_encrypted = :from', { id, from })
      .execute();
    return (result.affected ?? 0) > 0;
  }
}
