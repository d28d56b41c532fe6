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

/** A plan (方案 / 工作要点) as issued: a main plan, or an annex of one (parentPlanId). */
@Entity('plan')
export class PlanEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'PK_plan' })
  id!: number;

  /** Stable key from the seed file, e.g. "linyou-2021". */
  @Index('UQ_plan_key', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  key!: string;

  @Index('IDX_plan_jurisdiction_code')
  @Column({ name: 'jurisdiction_code', type: 'varchar', length: 6 })
  jurisdictionCode!: string;

  @ManyToOne(() => JurisdictionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'jurisdiction_code', foreignKeyConstraintName: 'FK_plan_jurisdiction' })
  jurisdiction?: Relation<JurisdictionEntity>;

  @Index('IDX_plan_parent_plan_id')
  @Column({ name: 'parent_plan_id', type: 'integer', nullable: true })
  parentPlanId!: number | null;

  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_plan_id', foreignKeyConstraintName: 'FK_plan_parent_plan' })
  parentPlan?: Relation<PlanEntity>;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'varchar', length: 128 })
  issuer!: string;

  @Column({ name: 'document_number', type: 'varchar', length: 64, nullable: true })
  documentNumber!: string | null;

  /** Calendar date "YYYY-MM-DD": text, so no time zone can move it. */
  @Column({ name: 'issued_date', type: 'varchar', length: 10, nullable: true })
  issuedDate!: string | null;

  @Column({ type: 'integer' })
  year!: number;

  /** The source document in seeds/source/, and the annex of it this plan was read from. */
  @Column({ name: 'source_file', type: 'varchar', length: 255 })
  sourceFile!: string;

  @Column({ name: 'source_annex', type: 'varchar', length: 255, nullable: true })
  sourceAnnex!: string | null;
}
