import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { oneOf } from '../database/check-constraint.js';
import { DepartmentEntity } from '../departments/department.entity.js';
import { TaskEntity } from './task.entity.js';

export const TASK_DEPARTMENT_ROLES = ['lead', 'support'] as const;
export type TaskDepartmentRole = (typeof TASK_DEPARTMENT_ROLES)[number];

/** A department that leads (牵头) or supports (配合 / 责任) a task. */
@Entity('task_department')
@Check('CHK_task_department_role', oneOf('role', TASK_DEPARTMENT_ROLES))
@Index('IDX_task_department_department_task', ['departmentId', 'taskId'])
export class TaskDepartmentEntity {
  @PrimaryColumn({
    name: 'task_id',
    type: 'integer',
    primaryKeyConstraintName: 'PK_task_department',
  })
  taskId!: number;

  @ManyToOne(() => TaskEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'FK_task_department_task' })
  task?: Relation<TaskEntity>;

  @PrimaryColumn({
    name: 'department_id',
    type: 'integer',
    primaryKeyConstraintName: 'PK_task_department',
  })
  departmentId!: number;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'FK_task_department_department' })
  department?: Relation<DepartmentEntity>;

  @PrimaryColumn({ type: 'varchar', length: 8, primaryKeyConstraintName: 'PK_task_department' })
  role!: TaskDepartmentRole;

  @Column({ name: 'sort_order', type: 'integer' })
  order!: number;
}
