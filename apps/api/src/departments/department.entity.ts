import { DEPARTMENT_KINDS, type DepartmentKind } from '@bizenv/shared';
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
import { JurisdictionEntity } from '../jurisdictions/jurisdiction.entity.js';

/** A unit that leads or supports tasks: a government department, a town, a company, a group. */
@Entity('department')
@Check('CHK_department_kind', oneOf('kind', DEPARTMENT_KINDS))
@Index('UQ_department_jurisdiction_name', ['jurisdictionCode', 'name'], { unique: true })
export class DepartmentEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'PK_department' })
  id!: number;

  @Column({ name: 'jurisdiction_code', type: 'varchar', length: 6 })
  jurisdictionCode!: string;

  @ManyToOne(() => JurisdictionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'jurisdiction_code', foreignKeyConstraintName: 'FK_department_jurisdiction' })
  jurisdiction?: Relation<JurisdictionEntity>;

  @Column({ type: 'varchar', length: 128 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: DepartmentKind;
}
