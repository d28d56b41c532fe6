import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { INSTANT_COLUMN, instantTransformer } from '../../database/instant-column.js';
import { DepartmentEntity } from '../../departments/department.entity.js';
import { UserEntity } from '../../users/user.entity.js';
import { InstructionEntity } from './instruction.entity.js';

/**
 * A department concerned by an instruction, and whether (who, when) it acknowledged it. The
 * rows are written with the instruction — the concerned departments as they were then — and
 * acknowledging fills in acknowledged_by/at once (UPDATE … WHERE acknowledged_at IS NULL).
 */
@Entity('instruction_ack')
@Index('IDX_instruction_ack_department_id', ['departmentId'])
export class InstructionAckEntity {
  @PrimaryColumn({
    name: 'instruction_id',
    type: 'integer',
    primaryKeyConstraintName: 'PK_instruction_ack',
  })
  instructionId!: number;

  @ManyToOne(() => InstructionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'instruction_id',
    foreignKeyConstraintName: 'FK_instruction_ack_instruction',
  })
  instruction?: Relation<InstructionEntity>;

  @PrimaryColumn({
    name: 'department_id',
    type: 'integer',
    primaryKeyConstraintName: 'PK_instruction_ack',
  })
  departmentId!: number;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'FK_instruction_ack_department' })
  department?: Relation<DepartmentEntity>;

  @Column({ name: 'sort_order', type: 'integer' })
  order!: number;

  @Column({ name: 'acknowledged_by', type: 'integer', nullable: true })
  acknowledgedBy!: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'acknowledged_by',
    foreignKeyConstraintName: 'FK_instruction_ack_acknowledged_by',
  })
  acknowledger?: Relation<UserEntity>;

  @Column({
    name: 'acknowledged_at',
    ...INSTANT_COLUMN,
    nullable: true,
    transformer: instantTransformer,
  })
  acknowledgedAt!: Date | null;
}
