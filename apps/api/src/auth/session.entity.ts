import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { INSTANT_COLUMN, instantTransformer } from '../database/instant-column.js';
import { UserEntity } from '../users/user.entity.js';

/**
 * A signed-in browser. The cookie holds a random token; only its SHA-256 is stored (the id), so
 * a leaked database does not hand out sessions. Times come from the Clock.
 */
@Entity('user_session')
export class SessionEntity {
  /** Hex SHA-256 of the session token. */
  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'PK_user_session' })
  id!: string;

  @Index('IDX_user_session_user_id')
  @Column({ name: 'user_id', type: 'integer' })
  userId!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_user_session_user' })
  user?: Relation<UserEntity>;

  /** Sent back by the browser in X-CSRF-Token on every write. */
  @Column({ name: 'csrf_token', type: 'varchar', length: 64 })
  csrfToken!: string;

  @Column({ name: 'created_at', ...INSTANT_COLUMN, transformer: instantTransformer })
  createdAt!: Date;

  @Column({ name: 'last_seen_at', ...INSTANT_COLUMN, transformer: instantTransformer })
  lastSeenAt!: Date;

  @Column({ name: 'absolute_expires_at', ...INSTANT_COLUMN, transformer: instantTransformer })
  absoluteExpiresAt!: Date;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  @Column({ name: 'user_agent', type: 'varchar', length: 512, nullable: true })
  userAgent!: string | null;
}
