import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { INSTANT_COLUMN, instantTransformer } from '../database/instant-column.js';
import { JurisdictionEntity } from '../jurisdictions/jurisdiction.entity.js';
import { UserEntity } from '../users/user.entity.js';

/**
 * A jurisdiction's reporting settings. No row means the defaults (due day 20, reminders 3
 * working days before).
 */
@Entity('jurisdiction_setting')
@Check(
  'CHK_jurisdiction_setting_report_due_day',
  '"report_due_day" >= 1 AND "report_due_day" <= 28',
)
@Check(
  'CHK_jurisdiction_setting_reminder_working_days',
  '"reminder_working_days" >= 0 AND "reminder_working_days" <= 20',
)
export class JurisdictionSettingEntity {
  @PrimaryColumn({
    name: 'jurisdiction_code',
    type: 'varchar',
    length: 6,
    primaryKeyConstraintName: 'PK_jurisdiction_setting',
  })
  jurisdictionCode!: string;

  @ManyToOne(() => JurisdictionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'jurisdiction_code',
    foreignKeyConstraintName: 'FK_jurisdiction_setting_jurisdiction',
  })
  jurisdiction?: Relation<JurisdictionEntity>;

  @Column({ name: 'report_due_day', type: 'integer', default: 20 })
  reportDueDay!: number;

  @Column({ name: 'reminder_working_days', type: 'integer', default: 3 })
  reminderWorkingDays!: number;

  @Column({ name: 'updated_by', type: 'integer', nullable: true })
  updatedBy!: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'updated_by',
    foreignKeyConstraintName: 'FK_jurisdiction_setting_updated_by',
  })
  updater?: Relation<UserEntity>;

  @Column({ name: 'updated_at', ...INSTANT_COLUMN, transformer: instantTransformer })
  updatedAt!: Date;

  /** Optimistic locking, checked by hand (UPDATE … WHERE version = ?). */
  @Column({ type: 'integer', default: 1 })
  version!: number;
}
