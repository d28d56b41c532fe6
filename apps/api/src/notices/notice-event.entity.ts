import { NOTICE_EVENT_ACTIONS, type NoticeEventAction } from '@bizenv/shared';
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
import { SupervisionNoticeEntity } from './supervision-notice.entity.js';

/** One step of a notice's history; `actor_user_id` is null for the scheduler's drafts. */
@Entity('notice_event')
@Check('CHK_notice_event_action', oneOf('action', NOTICE_EVENT_ACTIONS))
@Index('IDX_notice_event_notice', ['noticeId', 'id'])
@Index('IDX_notice_event_notice_action', ['noticeId', 'action', 'occurredAt'])
export class NoticeEventEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'PK_notice_event' })
  id!: number;

  @Column({ name: 'notice_id', type: 'integer' })
  noticeId!: number;

  @ManyToOne(() => SupervisionNoticeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'notice_id', foreignKeyConstraintName: 'FK_notice_event_notice' })
  notice?: Relation<SupervisionNoticeEntity>;

  @Column({ type: 'varchar', length: 16 })
  action!: NoticeEventAction;

  @Column({ name: 'actor_user_id', type: 'integer', nullable: true })
  actorUserId!: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_user_id', foreignKeyConstraintName: 'FK_notice_event_actor' })
  actor?: Relation<UserEntity>;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'before_json', type: 'text', nullable: true })
  beforeJson!: string | null;

  @Column({ name: 'after_json', type: 'text', nullable: true })
  afterJson!: string | null;

  @Column({ name: 'occurred_at', ...INSTANT_COLUMN, transformer: instantTransformer })
  occurredAt!: Date;
}
