import { TARGET_COMPARATORS, type TargetComparator } from '@bizenv/shared';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { oneOf } from '../database/check-constraint.js';
import { TaskEntity } from './task.entity.js';

/** PostgreSQL returns `numeric` as a string to keep its precision; the API speaks numbers. */
const numericToNumber = {
  to: (value: number | null) => value,
  from: (value: string | number | null) => (value === null ? null : Number(value)),
};

/** A quantitative target read from a task's text ("全程网办率达到60%以上" → ≥ 60 %). */
@Entity('target')
@Check('CHK_target_comparator', oneOf('comparator', TARGET_COMPARATORS))
export class TargetEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'PK_target' })
  id!: number;

  @Index('IDX_target_task_id')
  @Column({ name: 'task_id', type: 'integer' })
  taskId!: number;

  @ManyToOne(() => TaskEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'FK_target_task' })
  task?: Relation<TaskEntity>;

  @Column({ type: 'text' })
  metric!: string;

  @Column({ type: 'varchar', length: 8 })
  comparator!: TargetComparator;

  /** Exact decimal on PostgreSQL ("99.929" %); SQLite keeps numeric values as REAL. */
  @Column({ type: 'numeric', transformer: numericToNumber })
  value!: number;

  @Column({ type: 'varchar', length: 32 })
  unit!: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  period!: string | null;

  @Column({ type: 'numeric', nullable: true, transformer: numericToNumber })
  baseline!: number | null;

  @Column({ type: 'text' })
  printed!: string;

  @Column({ name: 'sort_order', type: 'integer' })
  order!: number;
}
