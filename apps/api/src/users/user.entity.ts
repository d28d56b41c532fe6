import { ROLES, type Role } from '@bizenv/shared';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { oneOf } from '../database/check-constraint.js';
import { INSTANT_COLUMN, instantTransformer } from '../database/instant-column.js';
import { DepartmentEntity } from '../departments/department.entity.js';
import { JurisdictionEntity } from '../jurisdictions/jurisdiction.entity.js';

/**
 * A person who signs in. Usernames are stored lower-case (the API lower-cases them on the way
 * in), so the plain unique index makes them unique regardless of case on both databases.
 */
@Entity('app_user')
@Check('CHK_app_user_role', oneOf('role', ROLES))
// A department user names its department; nobody else does.
@Check(
  'CHK_app_user_department',
  `("role" = 'department' AND "department_id" IS NOT NULL) OR ("role" <> 'department' AND "department_id" IS NULL)`,
)
export class UserEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'PK_app_user' })
  id!: number;

  @Index('UQ_app_user_username', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  username!: string;

  @Column({ name: 'display_name', type: 'varchar', length: 64 })
  displayName!: string;

  /** argon2id, PHC string format (algorithm, parameters and salt included). */
  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  @Index('IDX_app_user_jurisdiction_code')
  @Column({ name: 'jurisdiction_code', type: 'varchar', length: 6 })
  jurisdictionCode!: string;

  @ManyToOne(() => JurisdictionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'jurisdiction_code', foreignKeyConstraintName: 'FK_app_user_jurisdiction' })
  jurisdiction?: Relation<JurisdictionEntity>;

  @Index('IDX_app_user_department_id')
  @Column({ name: 'department_id', type: 'integer', nullable: true })
  departmentId!: number | null;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'FK_app_user_department' })
  department?: Relation<DepartmentEntity>;

  /** Personal phone number, SM4-encrypted (common/crypto/field-cipher.ts); never stored in clear. */
  @Column({ name: 'phone_encrypted', type: 'varchar', length: 255, nullable: true })
  phoneEncrypted!: string | null;

  /**
   * The leader (包抓领导) a leader account is, for the leader view of the dashboards. No foreign
   * key: see migration 1764100000000.
   */
  @Index('IDX_app_user_leader_id')
  @Column({ name: 'leader_id', type: 'integer', nullable: true })
  leaderId!: number | null;

  @Column({ name: 'must_change_password', type: 'boolean', default: false })
  mustChangePassword!: boolean;

  @Column({ name: 'failed_login_count', type: 'integer', default: 0 })
  failedLoginCount!: number;

  @Column({
    name: 'locked_until',
    ...INSTANT_COLUMN,
    nullable: true,
    transformer: instantTransformer,
  })
  lockedUntil!: Date | null;

  @Column({
    name: 'disabled_at',
    ...INSTANT_COLUMN,
    nullable: true,
    transformer: instantTransformer,
  })
  disabledAt!: Date | null;

  @Column({
    name: 'last_login_at',
    ...INSTANT_COLUMN,
    nullable: true,
    transformer: instantTransformer,
  })
  lastLoginAt!: Date | null;

  /** Optimistic locking, checked by hand (UPDATE … WHERE version = ?), see contracts/versioned. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
