import {
  DEADLINE_KIND_LABELS,
  type DeadlineKind,
  type IndicatorCode,
  TASK_KINDS,
  TASK_STATUSES,
  type TaskKind,
  type TaskStatus,
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
import { IndicatorEntity } from '../indicators/indicator.entity.js';
import { PlanEntity } from '../plans/plan.entity.js';

/** A numbered item of a plan: key reform, task, sub-item, bundle or bundle item. */
@Entity('task')
@Check('CHK_task_kind', oneOf('kind', TASK_KINDS))
@Check('CHK_task_status', oneOf('status', TASK_STATUSES))
@Check('CHK_task_deadline_kind', oneOf('deadline_kind', Object.keys(DEADLINE_KIND_LABELS)))
@Index('UQ_task_plan_code', ['planId', 'code'], { unique: true })
@Index('IDX_task_plan_parent', ['planId', 'parentId'])
export class TaskEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'PK_task' })
  id!: number;

  @Column({ name: 'plan_id', type: 'integer' })
  planId!: number;

  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'FK_task_plan' })
  plan?: Relation<PlanEntity>;

  @Index('IDX_task_parent_id')
  @Column({ name: 'parent_id', type: 'integer', nullable: true })
  parentId!: number | null;

  @ManyToOne(() => TaskEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'FK_task_parent' })
  parent?: Relation<TaskEntity>;

  /** The plan's own numbering: "23", "二.3", "23(1)", "重点改革(一)", "一件事1.2". */
  @Column({ type: 'varchar', length: 64 })
  code!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: TaskKind;

  /** Code of the plan section (heading) the task sits under. */
  @Column({ name: 'section_code', type: 'varchar', length: 64, nullable: true })
  sectionCode!: string | null;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  @Index('IDX_task_indicator_code')
  @Column({ name: 'indicator_code', type: 'varchar', length: 64, nullable: true })
  indicatorCode!: IndicatorCode | null;

  @ManyToOne(() => IndicatorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_code', foreignKeyConstraintName: 'FK_task_indicator' })
  indicator?: Relation<IndicatorEntity>;

  @Column({ type: 'varchar', length: 32, default: 'not_started' })
  status!: TaskStatus;

  @Column({ name: 'deadline_kind', type: 'varchar', length: 16 })
  deadlineKind!: DeadlineKind;

  /** Calendar date "YYYY-MM-DD" (text: no time zone may shift a deadline by a day). */
  @Index('IDX_task_deadline_date')
  @Column({ name: 'deadline_date', type: 'varchar', length: 10, nullable: true })
  deadlineDate!: string | null;

  @Column({ name: 'deadline_phase', type: 'varchar', length: 64, nullable: true })
  deadlinePhase!: string | null;

  @Column({ name: 'deadline_printed', type: 'text', nullable: true })
  deadlinePrinted!: string | null;

  /**
   * The deadline as first planned, kept by task tracking when an extension (延期) is first
   * approved (all null while the deadline is unchanged): assessment compares against it.
   */
  @Column({ name: 'original_deadline_kind', type: 'varchar', length: 16, nullable: true })
  originalDeadlineKind!: DeadlineKind | null;

  @Column({ name: 'original_deadline_date', type: 'varchar', length: 10, nullable: true })
  originalDeadlineDate!: string | null;

  @Column({ name: 'original_deadline_phase', type: 'varchar', length: 64, nullable: true })
  originalDeadlinePhase!: string | null;

  @Column({ name: 'original_deadline_printed', type: 'text', nullable: true })
  originalDeadlinePrinted!: string | null;

  /** The printed attribution ("（县行政审批服务局牵头，…按职责分工负责）"). */
  @Column({ type: 'text', nullable: true })
  attribution!: string | null;

  @Column({ name: 'sort_order', type: 'integer' })
  order!: number;

  /** Completion 0–100 from the lead department's latest accepted monthly report; null before one. */
  @Column({ name: 'completion_percent', type: 'integer', nullable: true })
  completionPercent!: number | null;

  /**
   * Row version for optimistic locking. A plain column, not @VersionColumn: writers must check
   * it themselves (UPDATE … WHERE id = ? AND version = ?), which @VersionColumn does not do.
   */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
