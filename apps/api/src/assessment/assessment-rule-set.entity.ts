import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { INSTANT_COLUMN, instantTransformer } from '../database/instant-column.js';
import { JurisdictionEntity } from '../jurisdictions/jurisdiction.entity.js';
import { UserEntity } from '../users/user.entity.js';

/**
 * The scoring rules a jurisdiction's office saved for a year. No row means the defaults
 * (DEFAULT_ASSESSMENT_RULES). Optimistic locking through `version`, checked by hand.
 */
@Entity('assessment_rule_set')
@Check('CHK_assessment_rule_set_year', '"year" >= 2000 AND "year" <= 2100')
export class AssessmentRuleSetEntity {
  @PrimaryColumn({
    name: 'jurisdiction_code',
    type: 'varchar',
    length: 6,
    primaryKeyConstraintName: 'PK_assessment_rule_set',
  })
  jurisdictionCode!: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'PK_assessment_rule_set' })
  year!: number;

  @ManyToOne(() => JurisdictionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'jurisdiction_code',
    foreignKeyConstraintName: 'FK_assessment_rule_set_jurisdiction',
  })
  jurisdiction?: Relation<JurisdictionEntity>;

  /** AssessmentRuleSet as JSON text (validated before it is written). */
  @Column({ name: 'rules_json', type: 'text' })
  rulesJson!: string;

  @Column({ name: 'updated_by', type: 'integer', nullable: true })
  updatedBy!: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'FK_assessment_rule_set_updated_by' })
  updater?: Relation<UserEntity>;

  @Column({ name: 'updated_at', ...INSTANT_COLUMN, transformer: instantTransformer })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}
