import { AUDIT_OUTCOMES, type AuditOutcome, ROLES, type Role } from '@bizenv/shared';
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
} from 'typeorm';
import { oneOf } from '../database/check-constraint.js';
import { JurisdictionEntity } from '../jurisdictions/jurisdiction.entity.js';
import { UserEntity } from '../users/user.entity.js';

/** Column sizes, shared with the service that clips values to them. */
export const AUDIT_COLUMN_LENGTHS = {
  actorUsername: 64,
  ip: 64,
  requestId: 64,
  action: 64,
  targetType: 64,
  targetId: 128,
} as const;

/**
 * One audited write or login. Append-only: triggers of the migration refuse UPDATE, and DELETE
 * of rows younger than the retention (see docs/audit.md). Columns copy the actor's name, role
 * and jurisdiction at the time, so renaming or moving a user does not rewrite history.
 */
@Entity('audit_log')
@Check('CHK_audit_log_outcome', oneOf('outcome', AUDIT_OUTCOMES))
@Check('CHK_audit_log_actor_role', oneOf('actor_role', ROLES))
@Index('IDX_audit_log_jurisdiction_occurred_at', ['jurisdictionCode', 'occurredAt'])
@Index('IDX_audit_log_actor_username_occurred_at', ['actorUsername', 'occurredAt'])
@Index('IDX_audit_log_target', ['targetType', 'targetId'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'PK_audit_log' })
  id!: number;

  /** UTC instant; the service sets it from Clock, the default covers raw inserts. */
  @Index('IDX_audit_log_occurred_at')
  @CreateDateColumn({ name: 'occurred_at' })
  occurredAt!: Date;

  @Column({ name: 'actor_user_id', type: 'integer', nullable: true })
  actorUserId!: number | null;

  /** RESTRICT: a user who acted is deactivated, not deleted, while rows name them. */
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_user_id', foreignKeyConstraintName: 'FK_audit_log_actor_user' })
  actorUser?: Relation<UserEntity>;

  /** The username at the time; for a failed login, the username that was tried. */
  @Column({ name: 'actor_username', type: 'varchar', length: AUDIT_COLUMN_LENGTHS.actorUsername })
  actorUsername!: string;

  @Column({ name: 'actor_role', type: 'varchar', length: 16, nullable: true })
  actorRole!: Role | null;

  /** The actor's jurisdiction: whose office may read the row. */
  @Column({ name: 'jurisdiction_code', type: 'varchar', length: 6, nullable: true })
  jurisdictionCode!: string | null;

  @ManyToOne(() => JurisdictionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'jurisdiction_code', foreignKeyConstraintName: 'FK_audit_log_jurisdiction' })
  jurisdiction?: Relation<JurisdictionEntity>;

  @Column({ type: 'varchar', length: AUDIT_COLUMN_LENGTHS.ip, nullable: true })
  ip!: string | null;

  @Column({
    name: 'request_id',
    type: 'varchar',
    length: AUDIT_COLUMN_LENGTHS.requestId,
    nullable: true,
  })
  requestId!: string | null;

  /** Dotted, feature first: 'auth.login', 'task.status.change'. */
  @Column({ type: 'varchar', length: AUDIT_COLUMN_LENGTHS.action })
  action!: string;

  @Column({ name: 'target_type', type: 'varchar', length: AUDIT_COLUMN_LENGTHS.targetType })
  targetType!: string;

  @Column({
    name: 'target_id',
    type: 'varchar',
    length: AUDIT_COLUMN_LENGTHS.targetId,
    nullable: true,
  })
  targetId!: string | null;

  @Column({ type: 'varchar', length: 8 })
  outcome!: AuditOutcome;

  /** JSON text of the changed fields before the write, secrets redacted, size capped. */
  @Column({ name: 'before_json', type: 'text', nullable: true })
  beforeJson!: string | null;

  @Column({ name: 'after_json', type: 'text', nullable: true })
  afterJson!: string | null;

  /** Hex HMAC-SM3 of the previous row's value and this row (audit-chain.ts); null before the chain. */
  @Column({ name: 'chain_hmac', type: 'varchar', length: 64, nullable: true })
  chainHmac!: string | null;

  /** Id of the AUDIT_HMAC_KEY entry that signed the row. */
  @Column({ name: 'key_id', type: 'varchar', length: 16, nullable: true })
  keyId!: string | null;
}
