import {
  BULLETIN_PERIOD_KINDS,
  BULLETIN_STATUSES,
  type BulletinPeriodKind,
  type BulletinStatus,
} from '@bizenv/shared';
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
import { INSTANT_COLUMN, instantTransformer } from '../database/instant-column.js';
import { JurisdictionEntity } from '../jurisdictions/jurisdiction.entity.js';
import { UserEntity } from '../users/user.entity.js';

/**
 * A month's or quarter's bulletin (通报) of one jurisdiction: one per period. A draft may be
 * regenerated (new files replace the old); a published one is frozen — its files and figures
 * are what was published, byte for byte.
 */
@Entity('bulletin')
@Check('CHK_bulletin_period_kind', oneOf('period_kind', BULLETIN_PERIOD_KINDS))
@Check('CHK_bulletin_status', oneOf('status', BULLETIN_STATUSES))
@Index('UQ_bulletin_jurisdiction_period', ['jurisdictionCode', 'periodKind', 'period'], {
  unique: true,
})
export class BulletinEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'PK_bulletin' })
  id!: number;

  @Column({ name: 'jurisdiction_code', type: 'varchar', length: 6 })
  jurisdictionCode!: string;

  @ManyToOne(() => JurisdictionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'jurisdiction_code', foreignKeyConstraintName: 'FK_bulletin_jurisdiction' })
  jurisdiction?: Relation<JurisdictionEntity>;

  @Column({ name: 'period_kind', type: 'varchar', length: 8 })
  periodKind!: BulletinPeriodKind;

  /** "YYYY-MM" or "YYYY-Qn". */
  @Column({ type: 'varchar', length: 7 })
  period!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: BulletinStatus;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** The BulletinFigures the documents were built from, as JSON (the print view shows them). */
  @Column({ name: 'figures_json', type: 'text' })
  figuresJson!: string;

  @Index('IDX_bulletin_generated_by')
  @Column({ name: 'generated_by', type: 'integer' })
  generatedBy!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'generated_by', foreignKeyConstraintName: 'FK_bulletin_generated_by' })
  generator?: Relation<UserEntity>;

  @Column({ name: 'generated_at', ...INSTANT_COLUMN, transformer: instantTransformer })
  generatedAt!: Date;

  @Index('IDX_bulletin_published_by')
  @Column({ name: 'published_by', type: 'integer', nullable: true })
  publishedBy!: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'published_by', foreignKeyConstraintName: 'FK_bulletin_published_by' })
  publisher?: Relation<UserEntity>;

  @Column({
    name: 'published_at',
    ...INSTANT_COLUMN,
    nullable: true,
    transformer: instantTransformer,
  })
  publishedAt!: Date | null;

  /** Stored files: DATA_DIR/bulletins/<key> (server-generated UUIDs). */
  @Column({ name: 'docx_storage_key', type: 'varchar', length: 64 })
  docxStorageKey!: string;

  @Column({ name: 'docx_sha256', type: 'varchar', length: 64 })
  docxSha256!: string;

  @Column({ name: 'docx_size', type: 'integer' })
  docxSize!: number;

  @Column({ name: 'xlsx_storage_key', type: 'varchar', length: 64 })
  xlsxStorageKey!: string;

  @Column({ name: 'xlsx_sha256', type: 'varchar', length: 64 })
  xlsxSha256!: string;

  @Column({ name: 'xlsx_size', type: 'integer' })
  xlsxSize!: number;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
