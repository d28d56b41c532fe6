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
import { oneOf } from '../../database/check-constraint.js';
import { DepartmentEntity } from '../../departments/department.entity.js';
import {
  TASK_DEPARTMENT_ROLES,
  type TaskDepartmentRole,
} from '../../tasks/task-department.entity.js';
import { ChangeRequestEntity } from './change-request.entity.js';

/**
 * A department an adjustment request proposes for the task, in a role. Rows exist only when the
 * request changes ownership; approval replaces the task's departments with them.
 */
@Entity('change_request_department')
@Check('CHK_change_request_department_role', oneOf('role', TASK_DEPARTMENT_ROLES))
@Index('IDX_change_request_department_department_id', ['departmentId'])
export class ChangeRequestDepartmentEntity {
  @PrimaryColumn({
    name: 'change_request_id',
    type: 'integer',
    primaryKeyConstraintName: 'PK_change_request_department',
  })
  changeRequestId!: number;

  @ManyToOne(() => ChangeRequestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'change_request_id',
    foreignKeyConstraintName: 'FK_change_request_department_request',
  })
  changeRequest?: Relation<ChangeRequestEntity>;

  @PrimaryColumn({
    name: 'department_id',
    type: 'integer',
    primaryKeyConstraintName: 'PK_change_request_department',
  })
  departmentId!: number;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'department_id',
    foreignKeyConstraintName: 'FK_change_request_department_department',
  })
  department?: Relation<DepartmentEntity>;

  @Column({ type: 'varchar', length: 8 })
  role!: TaskDepartmentRole;

  @Column({ name: 'sort_order', type: 'integer' })
  order!: number;
}
