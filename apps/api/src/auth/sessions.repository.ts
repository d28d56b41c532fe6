import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Not, Repository } from 'typeorm';
import { toInstantText } from '../database/instant-column.js';
import { UserEntity } from '../users/user.entity.js';
import { SessionEntity } from './session.entity.js';

@Injectable()
export class SessionsRepository {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
  ) {}

  /** The session with its user, in one query (every signed-in request runs it). */
  async findWithUser(id: string): Promise<{ session: SessionEntity; user: UserEntity } | null> {
    // getOne() without take(): findOne({ relations }) would add a second, DISTINCT-ids query.
    const session = await this.sessions
      .createQueryBuilder('session')
      .innerJoinAndSelect('session.user', 'user')
      .where('session.id = :id', { id })
      .getOne();
    if (!session?.user) return null;
    const { user, ...rest } = session;
    return { session: Object.assign(new SessionEntity(), rest), user };
  }

  async insert(manager: EntityManager, session: SessionEntity): Promise<void> {
    await manager.insert(SessionEntity, session);
  }

  async touch(manager: EntityManager, id: string, lastSeenAt: Date): Promise<void> {
    await manager.update(SessionEntity, { id }, { lastSeenAt });
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.delete(SessionEntity, { id });
  }

  /** Ends every session of the user, except `keepId` when given (the one asking). */
  async deleteForUser(manager: EntityManager, userId: number, keepId?: string): Promise<void> {
    await manager.delete(SessionEntity, keepId ? { userId, id: Not(keepId) } : { userId });
  }

  /** Housekeeping at sign-in: sessions past either limit are only dead weight. */
  async deleteExpired(manager: EntityManager, now: Date, idleCutoff: Date): Promise<void> {
    await manager
      .createQueryBuilder()
      .delete()
      .from(SessionEntity)
      .where('absolute_expires_at <= :now OR last_seen_at <= :idleCutoff', {
        now: toInstantText(now),
        idleCutoff: toInstantText(idleCutoff),
      })
      .execute();
  }
}
