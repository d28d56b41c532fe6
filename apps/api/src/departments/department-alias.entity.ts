import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { DepartmentEntity } from './department.entity.js';

/** Another printed form of a department's name ("县数字化信息中心" for "县数字化信息服务中心"). */
@Entity('department_alias')
export class DepartmentAliasEntity {
  @PrimaryColumn({
    name: 'department_id',
    type: 'integer',
    primaryKeyConstraintName: 'PK_department_alias',
  })
  departmentId!: number;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'FK_department_alias_department' })
  department?: Relation<DepartmentEntity>;

  @Index('IDX_department_alias_alias')
  @PrimaryColumn({ type: 'varchar', length: 128, primaryKeyConstraintName: 'PK_department_alias' })
  alias!: string;

  @Column({ name: 'sort_order', type: 'integer' })
  order!: number;
}
