import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { PlanEntity } from './plan.entity.js';

/** A phase of a plan (实施步骤) with inclusive calendar-date bounds. */
@Entity('plan_phase')
export class PlanPhaseEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'PK_plan_phase' })
  id!: number;

  @Index('IDX_plan_phase_plan_id')
  @Column({ name: 'plan_id', type: 'integer' })
  planId!: number;

  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'FK_plan_phase_plan' })
  plan?: Relation<PlanEntity>;

  @Column({ type: 'varchar', length: 64 })
  name!: string;

  @Column({ name: 'start_date', type: 'varchar', length: 10 })
  startDate!: string;

  @Column({ name: 'end_date', type: 'varchar', length: 10 })
  endDate!: string;

  @Column({ type: 'text' })
  printed!: string;

  @Column({ name: 'sort_order', type: 'integer' })
  order!: number;
}
