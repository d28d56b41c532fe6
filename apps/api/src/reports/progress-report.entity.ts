import { REPORT_ROLES, REPORT_STATUSES, type ReportRole, type ReportStatus } from '@bizenv/shared';
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
import { TaskEntity } from '../tasks/task.entity.js';
import { UserEntity } from '../users/user.entity.js';

/**
 * A department's monthly progress report on one task (月度进展报告). One per task, department
 * and period. The unique key is led by task_id, so it also serves "the reports of a task";
 * (period, task_id) serves the dashboards that aggregate one period.
 */
@Entity('progress_report')
@Check('CHK_progress_report_role', oneOf('role', REPORT_ROLES))
@Check('CHK_progress_report_status', oneOf('status', REPORT_STATUSES))
@Check(
  'CHK_progress_report_completion',
  '"completion_percent" IS NULL OR ("completion_percent" >= 0 AND "completion_percent" <= 100)',
)
@Index('UQ_progress_report_task_department_period', ['taskId', 'departmentId', 'period'], {
  unique: true,
})
@Index('IDX_progress_report_period_task', ['period', 'taskId'])
@Index('IDX_progress_report_department_period', ['departmentId', 'period'])
// Dashboards (migration 1764100000000): latest lead report, one period's reports of a task.
@Index('IDX_progress_report_task_role_period', [
  'taskId',
  'role',
  'period',
  'status',
  'firstSubmittedAt',
  'completionPercent',
])
@Index('IDX_progress_report_task_period_department', [
  'taskId',
  'period',
  'departmentId',
  'status',
  'firstSubmittedAt',
  'completionPercent',
])
export class ProgressReportEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'PK_progress_report' })
  id!: number;

  @Column({ name: 'task_id', type: 'integer' })
  taskId!: number;

  @ManyToOne(() => TaskEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'FK_progress_report_task' })
  task?: Relation<TaskEntity>;

  @Column({ name: 'department_id', type: 'integer' })
  departmentId!: number;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'FK_progress_report_department' })
  department?: Relation<DepartmentEntity>;

  /** "YYYY-MM". */
  @Column({ type: 'varchar', length: 7 })
  period!: string;

  /** The department's role on the task when the report was created. */
  @Column({ type: 'varchar', length: 8 })
  role!: ReportRole;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: ReportStatus;

  @Column({ name: 'work_done', type: 'text', default: '' })
  workDone!: string;

  @Column({ type: 'text', default: '' })
  problems!: string;

  @Column({ name: 'next_steps', type: 'text', default: '' })
  nextSteps!: string;

  @Column({ name: 'completion_percent', type: 'integer', nullable: true })
  completionPercent!: number | null;

  /** The last submission. */
  @Column({
    name: 'submitted_at',
    ...INSTANT_COLUMN,
    nullable: true,
    transformer: instantTransformer,
  })
  submittedAt!: Date | null;

  /** The first submission: lateness is judged on it (a return is the office's doing). */
  @Column({
    name: 'first_submitted_at',
    ...INSTANT_COLUMN,
    nullable: true,
    transformer: instantTransformer,
  })
  firstSubmittedAt!: Date | null;

  @Column({ name: 'reviewed_by', type: 'integer', nullable: true })
  reviewedBy!: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reviewed_by', foreignKeyConstraintName: 'FK_progress_report_reviewed_by' })
  reviewer?: Relation<UserEntity>;

  @Column({
    name: 'reviewed_at',
    ...INSTANT_COLUMN,
    nullable: true,
    transformer: instantTransformer,
  })
  reviewedAt!: Date | null;

  @Column({ name: 'return_reason', type: 'text', nullable: true })
  returnReason!: string | null;

  @Column({ name: 'created_by', type: 'integer' })
  createdBy!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_progress_report_created_by' })
  creator?: Relation<UserEntity>;

  /** Optimistic locking, checked by hand (UPDATE … WHERE version = ?). */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
