import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { DepartmentEntity } from '../departments/department.entity.js';
import { JurisdictionEntity } from '../jurisdictions/jurisdiction.entity.js';
import { LeaderEntity } from '../leaders/leader.entity.js';
import { UserEntity } from './user.entity.js';

/** A user with the name of its department, for the user list. */
export interface UserRow {
  user: UserEntity;
  departmentName: string | null;
}

export type UserChanges = QueryDeepPartialEntity<UserEntity>;

@Injectable()
export class UsersRepository {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(DepartmentEntity) private readonly departments: Repository<DepartmentEntity>,
    @InjectRepository(JurisdictionEntity)
    private readonly jurisdictions: Repository<JurisdictionEntity>,
  ) {}

  findByUsername(username: string, manager?: EntityManager): Promise<UserEntity | null> {
    return (manager?.getRepository(UserEntity) ?? this.users).findOneBy({ username });
  }

  findById(id: number, manager?: EntityManager): Promise<UserEntity | null> {
    return (manager?.getRepository(UserEntity) ?? this.users).findOneBy({ id });
  }

  count(): Promise<number> {
    return this.users.count();
  }

  /** Users of one jurisdiction, by username, with their department's name. */
  async findInJurisdiction(jurisdictionCode: string): Promise<UserRow[]> {
    const users = await this.users.find({
      where: { jurisdictionCode },
      relations: { department: true },
      order: { username: 'ASC' },
    });
    return users.map((user) => ({ user, departmentName: user.department?.name ?? null }));
  }

  findDepartment(id: number): Promise<DepartmentEntity | null> {
    return this.departments.findOneBy({ id });
  }

  findDepartmentByName(jurisdictionCode: string, name: string): Promise<DepartmentEntity | null> {
    return this.departments.findOneBy({ jurisdictionCode, name });
  }

  /** The id of the leader of the jurisdiction with that name, null when there is none. */
  async findLeaderId(jurisdictionCode: string, name: string): Promise<number | null> {
    const leader = await this.users.manager.findOneBy(LeaderEntity, { jurisdictionCode, name });
    return leader?.id ?? null;
  }

  findJurisdiction(code: string): Promise<JurisdictionEntity | null> {
    return this.jurisdictions.findOneBy({ code });
  }

  /** Inserts a user; null when the username is taken (a concurrent insert lost the race). */
  async insert(manager: EntityManager, user: Partial<UserEntity>): Promise<UserEntity | null> {
    try {
      return await manager.getRepository(UserEntity).save(manager.create(UserEntity, user));
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
  }

  /**
   * Optimistic-locking update: changes the row only if it still has `expectedVersion`, and bumps
   * the version. Returns false when the row changed meanwhile (or is gone).
   */
  async updateVersioned(
    manager: EntityManager,
    id: number,
    expectedVersion: number,
    changes: UserChanges,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(UserEntity)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .execute();
    return result.affected === 1;
  }

  /**
   * An update without the optimistic check: sign-in bookkeeping (failed attempts, lock, last
   * login; no version bump, so an office's open edit form stays valid) and the user's own password.
   */
  async updateWithoutVersionCheck(
    manager: EntityManager,
    id: number,
    changes: UserChanges,
  ): Promise<void> {
    await manager.update(UserEntity, { id }, changes);
  }

  /** Counts a failed attempt atomically (concurrent attempts must each count) and returns the total. */
  async incrementFailedLogins(manager: EntityManager, id: number): Promise<number> {
    await manager
      .createQueryBuilder()
      .update(UserEntity)
      .set({ failedLoginCount: () => 'failed_login_count + 1' })
      .where('id = :id', { id })
      .execute();
    const user = await manager.findOneByOrFail(UserEntity, { id });
    return user.failedLoginCount;
  }
}

// PostgreSQL: SQLSTATE 23505; better-sqlite3: SQLITE_CONSTRAINT_UNIQUE.
function isUniqueViolation(error: unknown): boolean {
  const { code, driverError } = error as { code?: string; driverError?: { code?: string } };
  return [code, driverError?.code].some(
    (value) => value === '23505' || value === 'SQLITE_CONSTRAINT_UNIQUE',
  );
}
