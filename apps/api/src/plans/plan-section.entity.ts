import type { IndicatorCode } from '@bizenv/shared';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { IndicatorEntity } from '../indicators/indicator.entity.js';
import { PlanEntity } from './plan.entity.js';

/** A heading of a plan that groups tasks ("三、…", "（一）简化企业开办"). */
@Entity('plan_section')
@Index('UQ_plan_section_plan_code', ['planId', 'code'], { unique: true })
export class PlanSectionEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'PK_plan_section' })
  id!: number;

  @Column({ name: 'plan_id', type: 'integer' })
  planId!: number;

  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'FK_plan_section_plan' })
  plan?: Relation<PlanEntity>;

  @Column({ type: 'varchar', length: 64 })
  code!: string;

  @Column({ type: 'text' })
  title!: string;

  /** Code of the enclosing section in the same plan. */
  @Column({ name: 'parent_code', type: 'varchar', length: 64, nullable: true })
  parentCode!: string | null;

  @Column({ name: 'indicator_code', type: 'varchar', length: 64, nullable: true })
  indicatorCode!: IndicatorCode | null;

  @ManyToOne(() => IndicatorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_code', foreignKeyConstraintName: 'FK_plan_section_indicator' })
  indicator?: Relation<IndicatorEntity>;

  @Column({ name: 'sort_order', type: 'integer' })
  order!: number;
}
