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

/** Who answers for an indicator in one plan: lead departments and leaders (see the link tables). */
@Entity('indicator_assignment')
@Index('UQ_indicator_assignment_plan_indicator', ['planId', 'indicatorCode'], { unique: true })
export class IndicatorAssignmentEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'PK_indicator_assignment' })
  id!: number;

  @Column({ name: 'plan_id', type: 'integer' })
  planId!: number;

  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'FK_indicator_assignment_plan' })
  plan?: Relation<PlanEntity>;

  @Column({ name: 'indicator_code', type: 'varchar', length: 64 })
  indicatorCode!: IndicatorCode;

  @ManyToOne(() => IndicatorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'indicator_code',
    foreignKeyConstraintName: 'FK_indicator_assignment_indicator',
  })
  indicator?: Relation<IndicatorEntity>;

  /** The words naming the leader ("县委常委、副县长闫秉云", "市政府分管领导"). */
  @Column({ name: 'leader_text', type: 'text', nullable: true })
  leaderText!: string | null;

  @Column({ type: 'text' })
  printed!: string;

  @Column({ name: 'sort_order', type: 'integer' })
  order!: number;
}
