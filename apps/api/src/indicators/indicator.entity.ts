import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';

/** One of the evaluation indicators (or a sub-indicator), copied from the shared INDICATORS. */
@Entity('indicator')
export class IndicatorEntity {
  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'PK_indicator' })
  code!: string;

  @Column({ type: 'varchar', length: 64 })
  name!: string;

  @Column({ name: 'parent_code', type: 'varchar', length: 64, nullable: true })
  parentCode!: string | null;

  @ManyToOne(() => IndicatorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_code', foreignKeyConstraintName: 'FK_indicator_parent' })
  parent?: Relation<IndicatorEntity>;

  @Column({ name: 'sort_order', type: 'integer' })
  order!: number;
}
