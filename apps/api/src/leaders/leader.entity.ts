import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { JurisdictionEntity } from '../jurisdictions/jurisdiction.entity.js';

/** A responsible leader (包抓领导 / 指标长) of a jurisdiction. */
@Entity('leader')
@Index('UQ_leader_jurisdiction_name', ['jurisdictionCode', 'name'], { unique: true })
export class LeaderEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'PK_leader' })
  id!: number;

  @Column({ name: 'jurisdiction_code', type: 'varchar', length: 6 })
  jurisdictionCode!: string;

  @ManyToOne(() => JurisdictionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'jurisdiction_code', foreignKeyConstraintName: 'FK_leader_jurisdiction' })
  jurisdiction?: Relation<JurisdictionEntity>;

  @Column({ type: 'varchar', length: 32 })
  name!: string;

  @Column({ type: 'varchar', length: 128 })
  title!: string;
}
