import {
  NOTICE_LEVELS,
  NOTICE_ORIGINS,
  NOTICE_STATUSES,
  type NoticeLevel,
  type NoticeOrigin,
  type NoticeStatus,
} from '@bizenv/shared';
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
import { ProblemEntity } from '../problems/problem.entity.js';
import { TaskEntity } from '../tasks/task.entity.js';
import { UserEntity } from '../users/user.entity.js';

/**
 * A supervision notice (督办) to a department, about a task, a problem or neither (never both).
 * Drafts the scheduler makes carry a deterministic `dedupe_key` under a UNIQUE index, so the
 * same overdue task or missing report drafts one notice however often, and on however many
 * API instances, the job runs.
 */
@Entity('supervision_notice')
@Check('CHK_supervision_notice_level', oneOf('level', NOTICE_LEVELS))
@Check('CHK_supervision_notice_status', oneOf('status', NOTICE_STATUSES))
@Check('CHK_supervision_notice_origin', oneOf('origin', NOTICE_ORIGINS))
@Check('CHK_supervision_notice_subject', '"task_id" IS NULL OR "problem_id" IS NULL')
@Index('IDX_supervision_notice_jurisdiction_status', ['jurisdictionCode', 'status'])
@Index('IDX_supervision_notice_department_status', ['departmentId', 'status'])
export class SupervisionNoticeEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'PK_supervision_notice' })
  id!: number;

  @Column({ name: 'jurisdiction_code', type: 'varchar', length: 6 })
  jurisdictionCode!: string;

  @ManyToOne(() => JurisdictionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'jurisdiction_code',
    foreignKeyConstraintName: 'FK_supervision_notice_jurisdiction',
  })
  jurisdiction?: Relation<JurisdictionEntity>;

  @Index('IDX_supervision_notice_task_id')
  @Column({ name: 'task_id', type: 'integer', nullable: true })
  taskId!: number | null;

  @ManyToOne(() => TaskEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'FK_supervision_notice_task' })
  task?: Relation<TaskEntity>;

  @Index('IDX_supervision_notice_problem_id')
  @Column({ name: 'problem_id', type: 'integer', nullable: true })
  problemId!: number | null;

  @ManyToOne(() => ProblemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'problem_id', foreignKeyConstraintName: 'FK_supervision_notice_problem' })
  problem?: Relation<ProblemEntity>;

  @Column({ name: 'department_id', type: 'integer' })
  departmentId!: number;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'department_id',
    foreignKeyConstraintName: 'FK_supervision_notice_department',
  })
  department?: Relation<DepartmentEntity>;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'varchar', length: 16 })
  level!: NoticeLevel;

  /** Calendar date "YYYY-MM-DD" by which the department must answer. */
  @Column({ name: 'response_due', type: 'varchar', length: 10 })
  responseDue!: string;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: NoticeStatus;

  @Column({ type: 'varchar', length: 32, default: 'manual' })
  origin!: NoticeOrigin;

  @Index('UQ_supervision_notice_dedupe_key', { unique: true })
  @Column({ name: 'dedupe_key', type: 'varchar', length: 200, nullable: true })
  dedupeKey!: string | null;

  @Column({ type: 'text', nullable: true })
  response!: string | null;

  @Column({ name: 'answered_by', type: 'integer', nullable: true })
  answeredBy!: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'answered_by',
    foreignKeyConstraintName: 'FK_supervision_notice_answered_by',
  })
  answeredByUser?: Relation<UserEntity>;

  @Column({
    name: 'answered_at',
    ...INSTANT_COLUMN,
    nullable: true,
    transformer: instantTransformer,
  })
  answeredAt!: Date | null;

  @Column({ name: 'issued_by', type: 'integer', nullable: true })
  issuedBy!: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issued_by', foreignKeyConstraintName: 'FK_supervision_notice_issued_by' })
  issuedByUser?: Relation<UserEntity>;

  @Column({ name: 'issued_at', ...INSTANT_COLUMN, nullable: true, transformer: instantTransformer })
  issuedAt!: Date | null;

  @Column({ name: 'closed_by', type: 'integer', nullable: true })
  closedBy!: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'closed_by', foreignKeyConstraintName: 'FK_supervision_notice_closed_by' })
  closedByUser?: Relation<UserEntity>;

  @Column({ name: 'closed_at', ...INSTANT_COLUMN, nullable: true, transformer: instantTransformer })
  closedAt!: Date | null;

  /**
   * Set when the office discards a draft (DELETE). The row stays, hidden from every read, so
   * its dedupe_key keeps the scheduler from drafting the same notice again.
   */
  @Column({ name: 'discarded_by', type: 'integer', nullable: true })
  discardedBy!: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'discarded_by',
    foreignKeyConstraintName: 'FK_supervision_notice_discarded_by',
  })
  discardedByUser?: Relation<UserEntity>;

  @Column({
    name: 'discarded_at',
    ...INSTANT_COLUMN,
    nullable: true,
    transformer: instantTransformer,
  })
  discardedAt!: Date | null;

  /** The office user who wrote it; null for drafts the scheduler made. */
  @Column({ name: 'created_by', type: 'integer', nullable: true })
  createdBy!: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_supervision_notice_created_by' })
  createdByUser?: Relation<UserEntity>;

  /** Optimistic locking, checked by hand (UPDATE … WHERE version = ?), see contracts/versioned. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
