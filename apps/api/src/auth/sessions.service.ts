import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { Clock } from '../common/clock.js';
import type { EntityManager } from '../database/entity-manager.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import type { RequestSession } from '../access/session-request.js';
import type { UserEntity } from '../users/user.entity.js';
import { toSessionUser } from '../users/users.mapper.js';
import { SessionEntity } from './session.entity.js';
import { hashToken, newToken } from './session-tokens.js';
import { SessionsRepository } from './sessions.repository.js';

const MINUTE_MS = 60_000;
/** last_seen_at is written at most this often: a read should not cost a write each time. */
const TOUCH_INTERVAL_MS = MINUTE_MS;

/** The outcome of looking a session token up. */
export type SessionLookup =
  { kind: 'valid'; session: RequestSession } | { kind: 'expired' } | { kind: 'unknown' };

/** Opens, checks and ends sessions; the access guard resolves every request through it. */
@Injectable()
export class SessionsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly sessions: SessionsRepository,
    private readonly transactions: TransactionRunner,
  ) {}

  /**
   * Opens a new session (a new random token every time, never a reused id) and returns the token
   * for the cookie. Runs inside the caller's transaction.
   */
  async open(
    manager: EntityManager,
    user: UserEntity,
    client: { ip: string | null; userAgent: string | null },
  ): Promise<{ token: string; csrfToken: string }> {
    const now = this.clock.now();
    await this.sessions.deleteExpired(manager, now, new Date(now.getTime() - this.idleMs()));
    const token = newToken();
    const session = Object.assign(new SessionEntity(), {
      id: hashToken(token),
      userId: user.id,
      csrfToken: newToken(),
      createdAt: now,
      lastSeenAt: now,
      absoluteExpiresAt: new Date(
        now.getTime() + this.config.session.absoluteHours * 60 * MINUTE_MS,
      ),
      ip: client.ip?.slice(0, 64) ?? null,
      userAgent: client.userAgent?.slice(0, 512) ?? null,
    });
    await this.sessions.insert(manager, session);
    return { token, csrfToken: session.csrfToken };
  }

  /**
   * The session of a cookie token. An idle or too old session is deleted and reported expired;
   * a disabled user's session counts as unknown (disabling deletes them anyway).
   */
  async resolve(token: string): Promise<SessionLookup> {
    const id = hashToken(token);
    const found = await this.sessions.findWithUser(id);
    if (!found || found.user.disabledAt !== null) return { kind: 'unknown' };
    const { session, user } = found;
    const now = this.clock.now();
    const idleSince = now.getTime() - session.lastSeenAt.getTime();
    if (idleSince >= this.idleMs() || now >= session.absoluteExpiresAt) {
      await this.transactions.run((manager) => this.sessions.delete(manager, id));
      return { kind: 'expired' };
    }
    if (idleSince >= TOUCH_INTERVAL_MS) {
      await this.transactions.run((manager) => this.sessions.touch(manager, id, now));
    }
    return {
      kind: 'valid',
      session: { id, csrfToken: session.csrfToken, user: toSessionUser(user) },
    };
  }

  end(manager: EntityManager, id: string): Promise<void> {
    return this.sessions.delete(manager, id);
  }

  /** Ends the user's sessions, except `keepId` (the one asking, after a password change). */
  endAllOf(manager: EntityManager, userId: number, keepId?: string): Promise<void> {
    return this.sessions.deleteForUser(manager, userId, keepId);
  }

  private idleMs(): number {
    return this.config.session.idleMinutes * MINUTE_MS;
  }
}
