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
import { BulletinEntity } from './bulletin.entity.js';

/**
 * A department a bulletin criticises (通报批评) and why: late or missing reports, overdue tasks.
 * The year-end assessment deducts per published bulletin naming the department.
 */
@Entity('bulletin_department')
export class BulletinDepartmentEntity {
  @PrimaryColumn({
    name: 'bulletin_id',
    type: 'integer',
    primaryKeyConstraintName: 'PK_bulletin_department',
  })
  bulletinId!: number;

  @ManyToOne(() => BulletinEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bulletin_id', foreignKeyConstraintName: 'FK_bulletin_department_bulletin' })
  bulletin?: Relation<BulletinEntity>;

  @Index('IDX_bulletin_department_department_id')
  @PrimaryColumn({
    name: 'department_id',
    type: 'integer',
    primaryKeyConstraintName: 'PK_bulletin_department',
  })
  departmentId!: number;

  @ManyToOne(() => DepartmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'department_id',
    foreignKeyConstraintName: 'FK_bulletin_department_department',
  })
  department?: Relation<DepartmentEntity>;

  @Column({ type: 'text' })
  reason!: string;
}
