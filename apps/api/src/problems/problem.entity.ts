import {
  type IndicatorCode,
  PROBLEM_SOURCES,
  PROBLEM_STATUSES,
  type ProblemSource,
  type ProblemStatus,
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
import { IndicatorEntity } from '../indicators/indicator.entity.js';
import { JurisdictionEntity } from '../jurisdictions/jurisdiction.entity.js';
import { TaskEntity } from '../tasks/task.entity.js';
import { UserEntity } from '../users/user.entity.js';

/**
 * A problem to rectify (问题清单 / 整改清单), found on a task or on an indicator — exactly
 * one of the two. RESTRICT on every reference: a rectification record outlives nothing it
 * names silently.
 */
@Entity('problem')
@Check('CHK_problem_source', oneOf('source', PROBLEM_SOURCES))
@Check('CHK_problem_status', oneOf('status', PROBLEM_STATUSES))
@Check('CHK_problem_subject', '("task_id" IS NULL) <> ("indicator_code" IS NULL)')
@Index('IDX_problem_jurisdiction_status', ['jurisdictionCode', 'status'])
@Index('IDX_problem_owner_status', ['ownerDepartmentId', 'status'])
export class ProblemEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'PK_problem' })
  id!: number;

  @Column({ name: 'jurisdiction_code', type: 'varchar', length: 6 })
  jurisdictionCode!: string;

  @ManyToOne(() => JurisdictionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'jurisdiction_code', foreignKeyConstraintName: 'FK_problem_jurisdiction' })
  jurisdiction?: Relation<JurisdictionEntity>;

  @Index('IDX_problem_task_id')
  @Column({ name: 'task_id', type: 'integer', nullable: true })
  taskId!: number | null;

  @ManyToOne(() => TaskEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'FK_problem_task' })
  task?: Relation<TaskEntity>;

  @Index('IDX_problem_indicator_code')
  @Column({ name: 'indicator_code', type: 'varchar', length: 64, nullable: true })
  indicatorCode!: IndicatorCode | null;

  @ManyToOne(() => IndicatorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_code', foreignKeyConstraintName: 'FK_problem_indicator' })
  indicator?: Relation<IndicatorEntity>;

  @Column({ type: 'varchar', length: 16 })
  source!: ProblemSource;

  @Column({ type: 'text' })
  description!: string;

  /** The rectification measure (整改措施); the owner may fill it in after registration. */
  @Column({ type: 'text', nullable: true })
  measure!: string | null;

  @Column({ name: 'owner_department_id', type: 'integer' })
  ownerDepartmentId!: number;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'owner_department_id',
    foreignKeyConstraintName: 'FK_problem_owner_department',
  })
  ownerDepartment?: Relation<DepartmentEntity>;

  /** Calendar date "YYYY-MM-DD" the rectification is due. */
  @Column({ type: 'varchar', length: 10 })
  deadline!: string;

  @Column({ type: 'varchar', length: 16, default: 'rectifying' })
  status!: ProblemStatus;

  @Column({
    name: 'rectified_at',
    ...INSTANT_COLUMN,
    nullable: true,
    transformer: instantTransformer,
  })
  rectifiedAt!: Date | null;

  @Column({ name: 'closed_by', type: 'integer', nullable: true })
  closedBy!: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'closed_by', foreignKeyConstraintName: 'FK_problem_closed_by' })
  closedByUser?: Relation<UserEntity>;

  @Column({ name: 'closed_at', ...INSTANT_COLUMN, nullable: true, transformer: instantTransformer })
  closedAt!: Date | null;

  /** Optimistic locking, checked by hand (UPDATE … WHERE version = ?), see contracts/versioned. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'created_by', type: 'integer' })
  createdBy!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_problem_created_by' })
  createdByUser?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
