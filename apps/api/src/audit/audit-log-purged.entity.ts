import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What the retention purge keeps of a deleted chained row: its chain value, so the next row still
 * verifies, signed by the purge (`tombstone_hmac`) so nobody without the key can fake a purge.
 */
@Entity('audit_log_purged')
export class AuditLogPurgedEntity {
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'PK_audit_log_purged' })
  id!: number;

  /** ISO instant of the purged row. */
  @Column({ name: 'occurred_at', type: 'varchar', length: 24 })
  occurredAt!: string;

  @Column({ name: 'chain_hmac', type: 'varchar', length: 64 })
  chainHmac!: string;

  @Column({ name: 'key_id', type: 'varchar', length: 16 })
  keyId!: string;

  @Column({ name: 'tombstone_hmac', type: 'varchar', length: 64 })
  tombstoneHmac!: string;
}
