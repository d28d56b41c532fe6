import { Injectable } from '@nestjs/common';
import {
  checkPassword,
  type CreateUserRequest,
  type ResetPasswordRequest,
  type Role,
  type SessionUser,
  type UpdateUserRequest,
  type UserResponse,
  maskPhone,
} from '@bizenv/shared';
import { FieldCipher, FieldDecryptionError } from '../common/crypto/field-cipher.js';
import { forbidden } from '../access/access.errors.js';
import { AuditService, type AuditActor } from '../audit/audit.service.js';
import { PasswordHasher } from '../auth/password-hasher.js';
import { SessionsService } from '../auth/sessions.service.js';
import { Clock } from '../common/clock.js';
import type { EntityManager } from '../database/entity-manager.js';
import { TransactionRunner } from '../database/transaction-runner.js';
import type { UserEntity } from './user.entity.js';
import {
  passwordTooWeak,
  selfChangeNotAllowed,
  userDepartmentInvalid,
  userNotFound,
  usernameTaken,
  userRoleInvalid,
  userVersionConflict,
} from './users.errors.js';
import { toUserResponse } from './users.mapper.js';
import { type UserChanges, UsersRepository } from './users.repository.js';

/** What a new account is made of, whoever creates it (office, demo seeding, create-admin). */
export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  jurisdictionCode: string;
  departmentId: number | null;
  password: string;
  mustChangePassword: boolean;
  /** Personal mobile number, encrypted before it is stored. */
  phone?: string | null;
}

/**
 * User management by the office of a jurisdiction: it sees and manages the users of its own
 * jurisdiction only (a city office its city's, not the counties'); anyone else's answer 404.
 * System administrators are created by the create-admin command and are not the office's to edit.
 */
@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly cipher: FieldCipher,
  ) {}

  async list(actor: SessionUser): Promise<UserResponse[]> {
    const rows = await this.users.findInJurisdiction(actor.jurisdictionCode);
    const now = this.clock.now();
    return rows.map(({ user, departmentName }) =>
      toUserResponse(user, departmentName, now, this.maskedPhone(user)),
    );
  }

  async create(actor: SessionUser, request: CreateUserRequest): Promise<UserResponse> {
    const user = await this.createUser(
      {
        username: request.username,
        displayName: request.displayName,
        role: request.role,
        jurisdictionCode: actor.jurisdictionCode,
        departmentId: request.departmentId ?? null,
        password: request.initialPassword,
        mustChangePassword: true,
        phone: request.phone ?? null,
      },
      'initialPassword',
    );
    return this.respond(user);
  }

  /**
   * Checks and inserts a user with its audit row. `passwordField` names the request field in a
   * PASSWORD_TOO_WEAK answer. `actor` overrides the request's user (commands have none).
   */
  async createUser(
    fields: NewUser,
    passwordField = 'password',
    actor?: AuditActor,
  ): Promise<UserEntity> {
    const username = fields.username.toLowerCase();
    const problems = checkPassword(fields.password, username);
    if (problems.length > 0) throw passwordTooWeak(passwordField, problems);
    await this.assertRoleFits(fields.role, fields.jurisdictionCode, fields.departmentId);
    if (await this.users.findByUsername(username)) throw usernameTaken();
    const passwordHash = await this.hasher.hash(fields.password);
    return this.transactions.run(async (manager) => {
      const user = await this.users.insert(manager, {
        username,
        displayName: fields.displayName,
        role: fields.role,
        jurisdictionCode: fields.jurisdictionCode,
        departmentId: fields.departmentId,
        passwordHash,
        mustChangePassword: fields.mustChangePassword,
        phoneEncrypted: fields.phone ? this.cipher.encrypt(fields.phone) : null,
      });
      if (!user) throw usernameTaken();
      await this.audit.record(manager, {
        action: 'user.create',
        targetType: 'user',
        targetId: user.id,
        after: this.auditView(user),
        ...(actor ? { actor } : {}),
      });
      return user;
    });
  }

  async update(actor: SessionUser, id: number, request: UpdateUserRequest): Promise<UserResponse> {
    const user = await this.findManageable(actor, id);
    const role = request.role ?? user.role;
    if (id === actor.id && role !== user.role) throw selfChangeNotAllowed();
    // Leaving the department role drops the department unless the request says otherwise.
    const departmentId =
      request.departmentId !== undefined
        ? request.departmentId
        : role === 'department'
          ? user.departmentId
          : null;
    await this.assertRoleFits(role, user.jurisdictionCode, departmentId);
    const changes: UserChanges = {
      displayName: request.displayName ?? user.displayName,
      role,
      departmentId,
      ...(request.phone === undefined
        ? {}
        : { phoneEncrypted: request.phone === null ? null : this.cipher.encrypt(request.phone) }),
    };
    return this.write(user, request.version, changes, 'user.update');
  }

  /** Sets a new password the user must change at next sign-in; ends the user's sessions. */
  async resetPassword(
    actor: SessionUser,
    id: number,
    request: ResetPasswordRequest,
  ): Promise<UserResponse> {
    const user = await this.findManageable(actor, id);
    if (id === actor.id) throw selfChangeNotAllowed();
    const problems = checkPassword(request.newPassword, user.username);
    if (problems.length > 0) throw passwordTooWeak('newPassword', problems);
    const passwordHash = await this.hasher.hash(request.newPassword);
    return this.write(
      user,
      user.version,
      { passwordHash, mustChangePassword: true, failedLoginCount: 0, lockedUntil: null },
      'user.password.reset',
      (manager) => this.sessions.endAllOf(manager, id),
    );
  }

  /** Disables the account and ends its sessions at once. */
  async disable(actor: SessionUser, id: number): Promise<UserResponse> {
    const user = await this.findManageable(actor, id);
    if (id === actor.id) throw selfChangeNotAllowed();
    if (user.disabledAt) return this.respond(user);
    return this.write(
      user,
      user.version,
      { disabledAt: this.clock.now() },
      'user.disable',
      (manager) => this.sessions.endAllOf(manager, id),
    );
  }

  async enable(actor: SessionUser, id: number): Promise<UserResponse> {
    const user = await this.findManageable(actor, id);
    if (!user.disabledAt) return this.respond(user);
    return this.write(
      user,
      user.version,
      { disabledAt: null, failedLoginCount: 0, lockedUntil: null },
      'user.enable',
    );
  }

  /** Whether any account exists yet (a production install starts with none). */
  async hasAnyUser(): Promise<boolean> {
    return (await this.users.count()) > 0;
  }

  /** The user, if it belongs to the actor's jurisdiction (404 otherwise) and is the office's to edit. */
  private async findManageable(actor: SessionUser, id: number): Promise<UserEntity> {
    const user = await this.users.findById(id);
    if (!user || user.jurisdictionCode !== actor.jurisdictionCode) throw userNotFound();
    if (user.role === 'system_admin') throw forbidden();
    return user;
  }

  /** Role and department must fit: city_viewer only in a city; department iff a department of the jurisdiction. */
  private async assertRoleFits(
    role: Role,
    jurisdictionCode: string,
    departmentId: number | null,
  ): Promise<void> {
    const jurisdiction = await this.users.findJurisdiction(jurisdictionCode);
    if (!jurisdiction) throw userRoleInvalid();
    if (role === 'city_viewer' && jurisdiction.level !== 'city') throw userRoleInvalid();
    if ((role === 'department') !== (departmentId !== null)) throw userDepartmentInvalid();
    if (departmentId !== null) {
      const department = await this.users.findDepartment(departmentId);
      if (!department || department.jurisdictionCode !== jurisdictionCode)
        throw userDepartmentInvalid();
    }
  }

  /** A versioned write with its audit row (and any extra work) in one transaction. */
  private async write(
    user: UserEntity,
    expectedVersion: number,
    changes: UserChanges,
    action: string,
    alsoDo?: (manager: EntityManager) => Promise<void>,
  ): Promise<UserResponse> {
    const updated = await this.transactions.run(async (manager) => {
      if (!(await this.users.updateVersioned(manager, user.id, expectedVersion, changes))) {
        throw userVersionConflict();
      }
      const after = await this.users.findById(user.id, manager);
      if (!after) throw userNotFound();
      await alsoDo?.(manager);
      await this.audit.record(manager, {
        action,
        targetType: 'user',
        targetId: user.id,
        before: this.auditView(user),
        after: this.auditView(after),
      });
      return after;
    });
    return this.respond(updated);
  }

  private async respond(user: UserEntity): Promise<UserResponse> {
    const department =
      user.departmentId === null ? null : await this.users.findDepartment(user.departmentId);
    return toUserResponse(user, department?.name ?? null, this.clock.now(), this.maskedPhone(user));
  }

  /** The phone number as lists show it; a value that fails to decrypt shows as unreadable. */
  private maskedPhone(user: UserEntity): string | null {
    if (user.phoneEncrypted === null) return null;
    try {
      return maskPhone(this.cipher.decrypt(user.phoneEncrypted));
    } catch (error) {
      if (error instanceof FieldDecryptionError) return '（无法解密）';
      throw error;
    }
  }

  /** The fields of a user worth auditing: never the password hash, the phone only masked. */
  private auditView(user: UserEntity) {
    return { ...auditView(user), phone: this.maskedPhone(user) };
  }
}

function auditView(user: UserEntity) {
  return {
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    jurisdictionCode: user.jurisdictionCode,
    departmentId: user.departmentId,
    mustChangePassword: user.mustChangePassword,
    disabledAt: user.disabledAt?.toISOString() ?? null,
  };
}
