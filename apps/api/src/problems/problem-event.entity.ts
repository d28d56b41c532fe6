import { PROBLEM_EVENT_ACTIONS, type ProblemEventAction } from '@bizenv/shared';
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
import { oneOf } from '../database/check-constraint.js';
import { INSTANT_COLUMN, instantTransformer } from '../database/instant-column.js';
import { UserEntity } from '../users/user.entity.js';
import { ProblemEntity } from './problem.entity.js';

/** One step of a problem's history: who changed what, from what to what, and why. */
@Entity('problem_event')
@Check('CHK_problem_event_action', oneOf('action', PROBLEM_EVENT_ACTIONS))
@Index('IDX_problem_event_problem', ['problemId', 'id'])
@Index('IDX_problem_event_problem_action', ['problemId', 'action', 'occurredAt'])
export class ProblemEventEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'PK_problem_event' })
  id!: number;

  @Column({ name: 'problem_id', type: 'integer' })
  problemId!: number;

  @ManyToOne(() => ProblemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'problem_id', foreignKeyConstraintName: 'FK_problem_event_problem' })
  problem?: Relation<ProblemEntity>;

  @Column({ type: 'varchar', length: 16 })
  action!: ProblemEventAction;

  @Column({ name: 'actor_user_id', type: 'integer' })
  actorUserId!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_user_id', foreignKeyConstraintName: 'FK_problem_event_actor' })
  actor?: Relation<UserEntity>;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  /** JSON of the changed fields before / after the step. */
  @Column({ name: 'before_json', type: 'text', nullable: true })
  beforeJson!: string | null;

  @Column({ name: 'after_json', type: 'text', nullable: true })
  afterJson!: string | null;

  @Column({ name: 'occurred_at', ...INSTANT_COLUMN, transformer: instantTransformer })
  occurredAt!: Date;
}
