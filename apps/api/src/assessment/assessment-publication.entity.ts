import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { INSTANT_COLUMN, instantTransformer } from '../database/instant-column.js';
import { JurisdictionEntity } from '../jurisdictions/jurisdiction.entity.js';
import { UserEntity } from '../users/user.entity.js';

/**
 * A published assessment: the whole table (scores, ranks, breakdowns and the rules used) frozen
 * as JSON. Never updated; publishing again adds the next `publication_version`.
 */
@Entity('assessment_publication')
@Index('UQ_assessment_publication_version', ['jurisdictionCode', 'year', 'publicationVersion'], {
  unique: true,
})
export class AssessmentPublicationEntity {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: 'PK_assessment_publication' })
  id!: number;

  @Column({ name: 'jurisdiction_code', type: 'varchar', length: 6 })
  jurisdictionCode!: string;

  @ManyToOne(() => JurisdictionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'jurisdiction_code',
    foreignKeyConstraintName: 'FK_assessment_publication_jurisdiction',
  })
  jurisdiction?: Relation<JurisdictionEntity>;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ name: 'publication_version', type: 'integer' })
  publicationVersion!: number;

  /** AssessmentTable as JSON text. */
  @Column({ name: 'table_json', type: 'text' })
  tableJson!: string;

  @Column({ name: 'department_count', type: 'integer' })
  departmentCount!: number;

  @Column({ name: 'published_by', type: 'integer' })
  publishedBy!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'published_by',
    foreignKeyConstraintName: 'FK_assessment_publication_published_by',
  })
  publisher?: Relation<UserEntity>;

  @Column({ name: 'published_at', ...INSTANT_COLUMN, transformer: instantTransformer })
  publishedAt!: Date;
}
