import {
  CHANGE_REQUEST_KINDS,
  type ChangeRequestKind,
  REQUEST_STATUSES,
  type RequestStatus,
} from '@bizenv/shared';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { oneOf } from '../../database/check-constraint.js';
import { INSTANT_COLUMN, instantTransformer } from '../../database/instant-column.js';
import { DepartmentEntity } from '../../departments/department.entity.js';
import { TaskEntity } from '../../tasks/task.entity.js';
import { UserEntity } from '../../users/user.entity.js';

/**
 * A department asks to extend a task's deadline (延期, `kind` extension: the proposed_deadline_*
 * columns) or to change its wording or ownership (调整, `kind` adjustment: proposed title / body
 * and/or the proposed departments in change_request_department). The office approves — which
 * applies the change to the task in the same transaction — or rejects it with a reason.
 */
@Entity('change_request')
@Check('CHK_change_request_kind', oneOf('kind', CHANGE_REQUEST_KINDS))
@Check('CHK_change_request_status', oneOf('status', REQUEST_STATUSES))
@Index('IDX_change_request_task_id', ['taskId'])
@Index('IDX_change_request_status', ['status'])
export class ChangeRequestEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'PK_change_request' })
  id!: number;

  @Column({ name: 'task_id', type: 'integer' })
  taskId!: number;

  @ManyToOne(() => TaskEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'FK_change_request_task' })
  task?: Relation<TaskEntity>;

  @Column({ type: 'varchar', length: 16 })
  kind!: ChangeRequestKind;

  @Column({ name: 'requested_by', type: 'integer' })
  requestedBy!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requested_by', foreignKeyConstraintName: 'FK_change_request_requested_by' })
  requester?: Relation<UserEntity>;

  @Column({ name: 'department_id', type: 'integer' })
  departmentId!: number;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'FK_change_request_department' })
  department?: Relation<DepartmentEntity>;

  @Column({ type: 'text' })
  reason!: string;

  /** Calendar date "YYYY-MM-DD" of the proposed deadline (extension). */
  @Column({ name: 'proposed_deadline_date', type: 'varchar', length: 10, nullable: true })
  proposedDeadlineDate!: string | null;

  /** How the new deadline is to be printed ("2022年6月底前"). */
  @Column({ name: 'proposed_deadline_printed', type: 'text', nullable: true })
  proposedDeadlinePrinted!: string | null;

  @Column({ name: 'proposed_title', type: 'text', nullable: true })
  proposedTitle!: string | null;

  @Column({ name: 'proposed_body', type: 'text', nullable: true })
  proposedBody!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status!: RequestStatus;

  @Column({ name: 'created_at', ...INSTANT_COLUMN, transformer: instantTransformer })
  createdAt!: Date;

  @Column({ name: 'decided_by', type: 'integer', nullable: true })
  decidedBy!: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by', foreignKeyConstraintName: 'FK_change_request_decided_by' })
  decider?: Relation<UserEntity>;

  @Column({
    name: 'decided_at',
    ...INSTANT_COLUMN,
    nullable: true,
    transformer: instantTransformer,
  })
  decidedAt!: Date | null;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
