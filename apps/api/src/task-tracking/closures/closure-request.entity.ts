import { REQUEST_STATUSES, type RequestStatus } from '@bizenv/shared';
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
 * A lead department reports a task done and asks for closure (销号), with evidence files
 * (closure_request_attachment). The office approves (task → 已销号) or rejects it with a reason
 * (task → 推进中). `version` is checked by hand on the decision (UPDATE … WHERE version = ?).
 */
@Entity('closure_request')
@Check('CHK_closure_request_status', oneOf('status', REQUEST_STATUSES))
@Index('IDX_closure_request_task_id', ['taskId'])
@Index('IDX_closure_request_status', ['status'])
export class ClosureRequestEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'PK_closure_request' })
  id!: number;

  @Column({ name: 'task_id', type: 'integer' })
  taskId!: number;

  @ManyToOne(() => TaskEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'FK_closure_request_task' })
  task?: Relation<TaskEntity>;

  @Column({ name: 'requested_by', type: 'integer' })
  requestedBy!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requested_by', foreignKeyConstraintName: 'FK_closure_request_requested_by' })
  requester?: Relation<UserEntity>;

  /** The requesting user's department (a lead department of the task when it asked). */
  @Column({ name: 'department_id', type: 'integer' })
  departmentId!: number;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'FK_closure_request_department' })
  department?: Relation<DepartmentEntity>;

  @Column({ type: 'text' })
  note!: string;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status!: RequestStatus;

  @Column({ name: 'created_at', ...INSTANT_COLUMN, transformer: instantTransformer })
  createdAt!: Date;

  @Column({ name: 'decided_by', type: 'integer', nullable: true })
  decidedBy!: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by', foreignKeyConstraintName: 'FK_closure_request_decided_by' })
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
