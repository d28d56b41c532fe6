import { JURISDICTION_LEVELS, type JurisdictionLevel } from '@bizenv/shared';
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

/** A province, city or county, keyed by its GB/T 2260 code. */
@Entity('jurisdiction')
@Check('CHK_jurisdiction_level', oneOf('level', JURISDICTION_LEVELS))
export class JurisdictionEntity {
  @PrimaryColumn({ type: 'varchar', length: 6, primaryKeyConstraintName: 'PK_jurisdiction' })
  code!: string;

  @Column({ type: 'varchar', length: 64 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  level!: JurisdictionLevel;

  @Index('IDX_jurisdiction_parent_code')
  @Column({ name: 'parent_code', type: 'varchar', length: 6, nullable: true })
  parentCode!: string | null;

  @ManyToOne(() => JurisdictionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_code', foreignKeyConstraintName: 'FK_jurisdiction_parent' })
  parent?: Relation<JurisdictionEntity>;
}
