import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { LeaderEntity } from '../leaders/leader.entity.js';
import { IndicatorAssignmentEntity } from './indicator-assignment.entity.js';

/** A responsible leader of an indicator assignment. */
@Entity('indicator_assignment_leader')
export class IndicatorAssignmentLeaderEntity {
  @PrimaryColumn({
    name: 'assignment_id',
    type: 'integer',
    primaryKeyConstraintName: 'PK_indicator_assignment_leader',
  })
  assignmentId!: number;

  @ManyToOne(() => IndicatorAssignmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'assignment_id',
    foreignKeyConstraintName: 'FK_indicator_assignment_leader_assignment',
  })
  assignment?: Relation<IndicatorAssignmentEntity>;

  @Index('IDX_indicator_assignment_leader_leader_id')
  @PrimaryColumn({
    name: 'leader_id',
    type: 'integer',
    primaryKeyConstraintName: 'PK_indicator_assignment_leader',
  })
  leaderId!: number;

  @ManyToOne(() => LeaderEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'leader_id',
    foreignKeyConstraintName: 'FK_indicator_assignment_leader_leader',
  })
  leader?: Relation<LeaderEntity>;

  @Column({ name: 'sort_order', type: 'integer' })
  order!: number;
}
