import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The one row (id 1) holding the head of the audit chain; locked by every append. */
@Entity('audit_chain')
export class AuditChainEntity {
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'PK_audit_chain' })
  id!: number;

  /** Rows up to this id were written before the chain existed and carry no HMAC. */
  @Column({ name: 'genesis_id', type: 'integer' })
  genesisId!: number;

  @Column({ name: 'head_id', type: 'integer' })
  headId!: number;

  /** chain_hmac of row head_id; '' while the chain is empty. */
  @Column({ name: 'head_hmac', type: 'varchar', length: 64 })
  headHmac!: string;
}
