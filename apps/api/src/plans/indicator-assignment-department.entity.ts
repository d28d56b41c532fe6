import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { DepartmentEntity } from '../departments/department.entity.js';
import { IndicatorAssignmentEntity } from './indicator-assignment.entity.js';

/** A lead department of an indicator assignment. */
@Entity('indicator_assignment_department')
export class IndicatorAssignmentDepartmentEntity {
  @PrimaryColumn({
    name: 'assignment_id',
    type: 'integer',
    primaryKeyConstraintName: 'PK_indicator_assignment_department',
  })
  assignmentId!: number;

  @ManyToOne(() => IndicatorAssignmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'assignment_id',
    foreignKeyConstraintName: 'FK_indicator_assignment_department_assignment',
  })
  assignment?: Relation<IndicatorAssignmentEntity>;

  @Index('IDX_indicator_assignment_department_department_id')
  @PrimaryColumn({
    name: 'department_id',
    type: 'integer',
    primaryKeyConstraintName: 'PK_indicator_assignment_department',
  })
  departmentId!: number;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'department_id',
    foreignKeyConstraintName: 'FK_indicator_assignment_department_department',
  })
  department?: Relation<DepartmentEntity>;

  @Column({ name: 'sort_order', type: 'integer' })
  order!: number;
}
