import {
  TASK_EVENT_TYPES,
  TASK_STATUSES,
  type TaskEventType,
  type TaskStatus,
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
import { TaskEntity } from '../../tasks/task.entity.js';
import { UserEntity } from '../../users/user.entity.js';

/**
 * One entry of a task's history: who did what, when, with the fields before and after.
 * Append-only. Status changes carry `from_status`/`to_status` as columns (not only inside the
 * JSON) so "the status of every task as of a date" is a plain query over this table.
 */
@Entity('task_event')
@Check('CHK_task_event_type', oneOf('type', TASK_EVENT_TYPES))
@Check('CHK_task_event_from_status', oneOf('from_status', TASK_STATUSES))
@Check('CHK_task_event_to_status', oneOf('to_status', TASK_STATUSES))
@Index('IDX_task_event_task_occurred_at', ['taskId', 'occurredAt'])
// Dashboards: a task's status at a date, from any status-carrying event (migration 1764100100000).
@Index('IDX_task_event_status_at', ['taskId', 'occurredAt', 'id', 'toStatus', 'fromStatus'])
export class TaskEventEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'PK_task_event' })
  id!: number;

  @Column({ name: 'task_id', type: 'integer' })
  taskId!: number;

  @ManyToOne(() => TaskEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'FK_task_event_task' })
  task?: Relation<TaskEntity>;

  @Column({ type: 'varchar', length: 32 })
  type!: TaskEventType;

  @Index('IDX_task_event_actor_user_id')
  @Column({ name: 'actor_user_id', type: 'integer' })
  actorUserId!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_user_id', foreignKeyConstraintName: 'FK_task_event_actor' })
  actor?: Relation<UserEntity>;

  @Column({ name: 'occurred_at', ...INSTANT_COLUMN, transformer: instantTransformer })
  occurredAt!: Date;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'from_status', type: 'varchar', length: 32, nullable: true })
  fromStatus!: TaskStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 32, nullable: true })
  toStatus!: TaskStatus | null;

  /** JSON object of the changed fields before the change (null when nothing was there). */
  @Column({ name: 'before_json', type: 'text', nullable: true })
  beforeJson!: string | null;

  @Column({ name: 'after_json', type: 'text', nullable: true })
  afterJson!: string | null;
}
