import { Injectable } from '@nestjs/common';
import {
  type ChangePasswordRequest,
  checkPassword,
  type LoginRequest,
  type SessionResponse,
} from '@bizenv/shared';
import { unauthenticated } from '../access/access.errors.js';
import { setCurrentUser } from '../access/request-context.js';
import type { RequestSession } from '../access/session-request.js';
import { AuditService } from '../audit/audit.service.js';
import { Clock } from '../common/clock.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import type { UserEntity } from '../users/user.entity.js';
import { passwordTooWeak } from '../users/users.errors.js';
import { toSessionUser } from '../users/users.mapper.js';
import { UsersRepository } from '../users/users.repository.js';
import { currentPasswordWrong, loginFailed, passwordUnchanged } from './auth.errors.js';
import { PasswordHasher } from './password-hasher.js';
import { SessionsService } from './sessions.service.js';

/** Consecutive failed sign-ins that lock an account… */
export const MAX_FAILED_LOGINS = 5;
/** …for this long. */
export const LOCKOUT_MS = 15 * 60_000;

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

/** A successful sign-in: the token goes into the cookie, the rest into the body. */
export interface SignedIn extends SessionResponse {
  token: string;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsService,
    private readonly hasher: PasswordHasher,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * Signs in. Every failure — unknown user, wrong password, locked or disabled account — is the
   * same LOGIN_FAILED and costs one argon2 verification, so neither the answer nor its timing
   * tells a guesser which usernames exist. 5 consecutive wrong passwords lock for 15 minutes;
   * during the lock even the right password fails (and does not extend the lock).
   * `previousSessionId`: the session the browser still had, ended so no old id stays valid.
   */
  async login(
    request: LoginRequest,
    client: ClientInfo,
    previousSessionId: string | null,
  ): Promise<SignedIn> {
    const username = request.username.trim().toLowerCase();
    const found = await this.users.findByUsername(username);
    const passwordOk = found
      ? await this.hasher.verify(found.passwordHash, request.password)
      : await this.hasher.verifyAgainstDummy(request.password);

    const outcome = await this.transactions.run(async (manager) => {
      // Re-read inside the transaction: concurrent attempts must see each other's counts.
      const user = found ? await this.users.findById(found.id, manager) : null;
      const now = this.clock.now();
      const locked = user?.lockedUntil != null && user.lockedUntil > now;
      if (!user || user.disabledAt !== null || locked || !passwordOk) {
        let lockedNow = false;
        if (user && user.disabledAt === null && !locked && !passwordOk) {
          const failures = await this.users.incrementFailedLogins(manager, user.id);
          if (failures >= MAX_FAILED_LOGINS) {
            // The count starts over once the lock has run out.
            await this.users.updateWithoutVersionCheck(manager, user.id, {
              lockedUntil: new Date(now.getTime() + LOCKOUT_MS),
              failedLoginCount: 0,
            });
            lockedNow = true;
          }
        }
        await this.audit.record(manager, {
          action: 'auth.login',
          targetType: 'user',
          targetId: user?.id ?? null,
          outcome: 'failure',
          // Why it failed, for the office's eyes only; never the password.
          after: { reason: failureReason(user, locked, lockedNow) },
          actor: {
            id: null,
            username: username.slice(0, 64),
            role: null,
            jurisdictionCode: user?.jurisdictionCode ?? null,
          },
        });
        return null;
      }
      await this.users.updateWithoutVersionCheck(manager, user.id, {
        failedLoginCount: 0,
        lockedUntil: null,
        lastLoginAt: now,
      });
      if (previousSessionId) await this.sessions.end(manager, previousSessionId);
      const opened = await this.sessions.open(manager, user, client);
      const sessionUser = toSessionUser(user);
      setCurrentUser(sessionUser);
      await this.audit.record(manager, {
        action: 'auth.login',
        targetType: 'user',
        targetId: user.id,
      });
      return { ...opened, user: sessionUser };
    });
    if (!outcome) throw loginFailed();
    return outcome;
  }

  async logout(session: RequestSession): Promise<void> {
    await this.transactions.run(async (manager) => {
      await this.sessions.end(manager, session.id);
      await this.audit.record(manager, {
        action: 'auth.logout',
        targetType: 'user',
        targetId: session.user.id,
      });
    });
  }

  me(session: RequestSession): SessionResponse {
    return { user: session.user, csrfToken: session.csrfToken };
  }

  /**
   * Changes the signed-in user's password (clearing a forced change) and ends the user's other
   * sessions: whoever else knew the old password is signed out.
   */
  async changePassword(
    session: RequestSession,
    request: ChangePasswordRequest,
  ): Promise<SessionResponse> {
    const user = await this.users.findById(session.user.id);
    if (!user) throw unauthenticated();
    if (!(await this.hasher.verify(user.passwordHash, request.currentPassword)))
      throw currentPasswordWrong();
    if (request.newPassword === request.currentPassword) throw passwordUnchanged();
    const problems = checkPassword(request.newPassword, user.username);
    if (problems.length > 0) throw passwordTooWeak('newPassword', problems);
    const passwordHash = await this.hasher.hash(request.newPassword);
    const updated = await this.transactions.run(async (manager) => {
      await this.users.updateWithoutVersionCheck(manager, user.id, {
        passwordHash,
        mustChangePassword: false,
        version: () => 'version + 1',
      });
      await this.sessions.endAllOf(manager, user.id, session.id);
      await this.audit.record(manager, {
        action: 'auth.password.change',
        targetType: 'user',
        targetId: user.id,
        before: { mustChangePassword: user.mustChangePassword },
        after: { mustChangePassword: false },
      });
      return this.users.findById(user.id, manager);
    });
    if (!updated) throw unauthenticated();
    return { user: toSessionUser(updated), csrfToken: session.csrfToken };
  }
}

function failureReason(user: UserEntity | null, locked: boolean, lockedNow: boolean): string {
  if (!user) return 'unknown_user';
  if (user.disabledAt !== null) return 'disabled';
  if (locked) return 'locked';
  return lockedNow ? 'wrong_password_locked' : 'wrong_password';
}
