import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { TargetEntity } from '../tasks/target.entity.js';
import { ProgressReportEntity } from './progress-report.entity.js';

/** PostgreSQL returns `numeric` as a string to keep its precision; the API speaks numbers. */
const numericToNumber = {
  to: (value: number) => value,
  from: (value: string | number) => Number(value),
};

/** The actual value a lead department reported for one of the task's targets. */
@Entity('report_target_actual')
// Dashboards: a target's actuals without reading the table (migration 1764100000000).
@Index('IDX_report_target_actual_target', ['targetId', 'reportId', 'value'])
// Dashboards: a report's actuals, for the target trend (migration 1764100100000).
@Index('IDX_report_target_actual_report_value', ['reportId', 'targetId', 'value'])
export class ReportTargetActualEntity {
  @PrimaryColumn({
    name: 'report_id',
    type: 'integer',
    primaryKeyConstraintName: 'PK_report_target_actual',
  })
  reportId!: number;

  @ManyToOne(() => ProgressReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'FK_report_target_actual_report' })
  report?: Relation<ProgressReportEntity>;

  @Index('IDX_report_target_actual_target_id')
  @PrimaryColumn({
    name: 'target_id',
    type: 'integer',
    primaryKeyConstraintName: 'PK_report_target_actual',
  })
  targetId!: number;

  @ManyToOne(() => TargetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'target_id', foreignKeyConstraintName: 'FK_report_target_actual_target' })
  target?: Relation<TargetEntity>;

  @Column({ type: 'numeric', transformer: numericToNumber })
  value!: number;

  /** The target's unit when reported (kept, so a later edit of the target keeps history readable). */
  @Column({ type: 'varchar', length: 32 })
  unit!: string;
}
