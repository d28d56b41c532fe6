import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { JurisdictionEntity } from '../jurisdictions/jurisdiction.entity.js';
import { UserEntity } from '../users/user.entity.js';

/**
 * An imported plan document under review: its text and what the parser made of it. Nothing here
 * is part of the live plan; committing writes the plan and deletes the draft.
 */
@Entity('plan_import_draft')
export class PlanImportDraftEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'PK_plan_import_draft' })
  id!: number;

  @Index('IDX_plan_import_draft_jurisdiction_code')
  @Column({ name: 'jurisdiction_code', type: 'varchar', length: 6 })
  jurisdictionCode!: string;

  @ManyToOne(() => JurisdictionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'jurisdiction_code',
    foreignKeyConstraintName: 'FK_plan_import_draft_jurisdiction',
  })
  jurisdiction?: Relation<JurisdictionEntity>;

  @Column({ name: 'file_name', type: 'varchar', length: 255, nullable: true })
  fileName!: string | null;

  /** The document as written (JSON would double its size with escapes). */
  @Column({ name: 'source_text', type: 'text' })
  sourceText!: string;

  /** JSON of `DraftContent` (plan-import.types.ts): the parsed plans and their review data. */
  @Column({ type: 'text' })
  content!: string;

  /** Optimistic locking, checked by hand (UPDATE … WHERE version = ?). */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'created_by', type: 'integer' })
  createdBy!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_plan_import_draft_created_by' })
  createdByUser?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
