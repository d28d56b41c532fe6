import { REPORT_EVENT_KINDS, type ReportEventKind } from '@bizenv/shared';
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
import { ProgressReportEntity } from './progress-report.entity.js';

/**
 * A report's history: submitted, returned (with the reason), accepted — who and when.
 * Append-only; the timeline shows it and "as of a date" views replay it.
 */
@Entity('report_event')
@Check('CHK_report_event_kind', oneOf('kind', REPORT_EVENT_KINDS))
@Index('IDX_report_event_report_occurred_at', ['reportId', 'occurredAt'])
export class ReportEventEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'PK_report_event' })
  id!: number;

  @Column({ name: 'report_id', type: 'integer' })
  reportId!: number;

  @ManyToOne(() => ProgressReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'FK_report_event_report' })
  report?: Relation<ProgressReportEntity>;

  @Column({ type: 'varchar', length: 16 })
  kind!: ReportEventKind;

  @Index('IDX_report_event_actor_user_id')
  @Column({ name: 'actor_user_id', type: 'integer' })
  actorUserId!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_user_id', foreignKeyConstraintName: 'FK_report_event_actor' })
  actor?: Relation<UserEntity>;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'occurred_at', ...INSTANT_COLUMN, transformer: instantTransformer })
  occurredAt!: Date;
}
