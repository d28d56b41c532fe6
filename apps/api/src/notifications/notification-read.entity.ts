import {
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { UserEntity } from '../users/user.entity.js';
import { NotificationEntity } from './notification.entity.js';

/**
 * That one user has read one notification. Kept per user for every notification (not a
 * read_at column on the notification), so a department-addressed message read by one of the
 * department's users stays unread for the others, and both kinds share one unread query.
 */
@Entity('notification_read')
@Index('IDX_notification_read_user', ['userId'])
export class NotificationReadEntity {
  @PrimaryColumn({
    name: 'notification_id',
    type: 'integer',
    primaryKeyConstraintName: 'PK_notification_read',
  })
  notificationId!: number;

  @ManyToOne(() => NotificationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'notification_id',
    foreignKeyConstraintName: 'FK_notification_read_notification',
  })
  notification?: Relation<NotificationEntity>;

  @PrimaryColumn({
    name: 'user_id',
    type: 'integer',
    primaryKeyConstraintName: 'PK_notification_read',
  })
  userId!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_notification_read_user' })
  user?: Relation<UserEntity>;

  /** The row is written when the user reads the notification. */
  @CreateDateColumn({ name: 'read_at' })
  readAt!: Date;
}
