import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { INSTANT_COLUMN, instantTransformer } from '../database/instant-column.js';
import { UserEntity } from '../users/user.entity.js';

/**
 * A year's holiday arrangement entered by a system admin. It replaces the built-in data of the
 * same year (or adds a year the build does not know yet). The day lists are JSON text: they
 * are read whole into the WorkingDayCalendar, never queried day by day.
 */
@Entity('holiday_year')
export class HolidayYearEntity {
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'PK_holiday_year' })
  year!: number;

  /** JSON array of "YYYY-MM-DD". */
  @Column({ type: 'text' })
  holidays!: string;

  /** JSON array of "YYYY-MM-DD". */
  @Column({ name: 'makeup_workdays', type: 'text' })
  makeupWorkdays!: string;

  @Column({ name: 'updated_by', type: 'integer', nullable: true })
  updatedBy!: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'FK_holiday_year_updated_by' })
  updater?: Relation<UserEntity>;

  @Column({ name: 'updated_at', ...INSTANT_COLUMN, transformer: instantTransformer })
  updatedAt!: Date;

  /** Optimistic locking, checked by hand (UPDATE … WHERE version = ?). */
  @Column({ type: 'integer', default: 1 })
  version!: number;
}
