import type { NotificationKind } from '@bizenv/shared';
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
} from 'typeorm';
import { DepartmentEntity } from '../departments/department.entity.js';
import { UserEntity } from '../users/user.entity.js';

/**
 * An in-app message to one user or to every user of a department (exactly one of the two).
 * `dedupe_key` is set by generated notifications (reminders): the UNIQUE index plus
 * INSERT … ON CONFLICT DO NOTHING makes generating the same reminder twice — even from two
 * API instances at once — leave one row. NULL keys never conflict.
 * `kind` has no CHECK: adding a kind is a change of the shared list only.
 */
@Entity('notification')
@Check(
  'CHK_notification_one_recipient',
  '("recipient_department_id" IS NULL) <> ("recipient_user_id" IS NULL)',
)
@Index('IDX_notification_department_created', ['recipientDepartmentId', 'createdAt'])
@Index('IDX_notification_user_created', ['recipientUserId', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'PK_notification' })
  id!: number;

  @Column({ name: 'recipient_department_id', type: 'integer', nullable: true })
  recipientDepartmentId!: number | null;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'recipient_department_id',
    foreignKeyConstraintName: 'FK_notification_department',
  })
  recipientDepartment?: Relation<DepartmentEntity>;

  @Column({ name: 'recipient_user_id', type: 'integer', nullable: true })
  recipientUserId!: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_user_id', foreignKeyConstraintName: 'FK_notification_user' })
  recipientUser?: Relation<UserEntity>;

  @Column({ type: 'varchar', length: 32 })
  kind!: NotificationKind;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  link!: string | null;

  @Index('UQ_notification_dedupe_key', { unique: true })
  @Column({ name: 'dedupe_key', type: 'varchar', length: 200, nullable: true })
  dedupeKey!: string | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;
}
