import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { INSTANT_COLUMN, instantTransformer } from '../database/instant-column.js';
import { JurisdictionEntity } from '../jurisdictions/jurisdiction.entity.js';
import { UserEntity } from '../users/user.entity.js';

/**
 * A lock on one month's reports of a jurisdiction, set when that month's (or quarter's)
 * bulletin is published. A lock is open while unlocked_at is null; unlocking keeps the row with
 * who, when and why, and locking again adds a new row, so the history stays.
 */
@Entity('report_period_lock')
@Index('IDX_report_period_lock_jurisdiction_period', ['jurisdictionCode', 'period'])
export class ReportPeriodLockEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'PK_report_period_lock' })
  id!: number;

  @Column({ name: 'jurisdiction_code', type: 'varchar', length: 6 })
  jurisdictionCode!: string;

  @ManyToOne(() => JurisdictionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'jurisdiction_code',
    foreignKeyConstraintName: 'FK_report_period_lock_jurisdiction',
  })
  jurisdiction?: Relation<JurisdictionEntity>;

  /** "YYYY-MM". */
  @Column({ type: 'varchar', length: 7 })
  period!: string;

  /** The bulletin whose publication set the lock (no foreign key: reports know no bulletins). */
  @Index('IDX_report_period_lock_bulletin_id')
  @Column({ name: 'bulletin_id', type: 'integer', nullable: true })
  bulletinId!: number | null;

  @Index('IDX_report_period_lock_locked_by')
  @Column({ name: 'locked_by', type: 'integer' })
  lockedBy!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'locked_by', foreignKeyConstraintName: 'FK_report_period_lock_locked_by' })
  locker?: Relation<UserEntity>;

  @Column({ name: 'locked_at', ...INSTANT_COLUMN, transformer: instantTransformer })
  lockedAt!: Date;

  @Index('IDX_report_period_lock_unlocked_by')
  @Column({ name: 'unlocked_by', type: 'integer', nullable: true })
  unlockedBy!: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'unlocked_by',
    foreignKeyConstraintName: 'FK_report_period_lock_unlocked_by',
  })
  unlocker?: Relation<UserEntity>;

  @Column({
    name: 'unlocked_at',
    ...INSTANT_COLUMN,
    nullable: true,
    transformer: instantTransformer,
  })
  unlockedAt!: Date | null;

  @Column({ name: 'unlock_reason', type: 'text', nullable: true })
  unlockReason!: string | null;
}
