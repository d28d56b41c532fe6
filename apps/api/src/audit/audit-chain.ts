import type { KeyRing } from '../common/crypto/key-ring.js';
import { hmacSm3 } from '../common/crypto/sm3.js';

/** The stored columns of an audit row as the chain signs them (snake_case, as in the table). */
export interface ChainedRowValues {
  id: number;
  occurred_at: Date | string;
  actor_user_id: number | null;
  actor_username: string;
  actor_role: string | null;
  jurisdiction_code: string | null;
  ip: string | null;
  request_id: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  outcome: string;
  before_json: string | null;
  after_json: string | null;
  key_id: string | null;
}

/** Column order of the canonical form: every stored column but chain_hmac itself. */
export const CHAINED_COLUMNS = [
  'id',
  'occurred_at',
  'actor_user_id',
  'actor_username',
  'actor_role',
  'jurisdiction_code',
  'ip',
  'request_id',
  'action',
  'target_type',
  'target_id',
  'outcome',
  'before_json',
  'after_json',
  'key_id',
] as const satisfies readonly (keyof ChainedRowValues)[];

/**
 * A stable serialisation of a row: a JSON array in CHAINED_COLUMNS order, the instant as an ISO
 * string in UTC with milliseconds whatever the driver returned (SQLite text, PostgreSQL Date).
 */
export function canonicalRow(row: ChainedRowValues): string {
  return JSON.stringify(
    CHAINED_COLUMNS.map((column) => {
      const value = row[column];
      if (column === 'occurred_at') return canonicalInstant(value as Date | string);
      // Drivers may hand integers back as strings (bigint) or numbers: sign the number.
      if ((column === 'id' || column === 'actor_user_id') && value !== null) return Number(value);
      return value;
    }),
  );
}

/** An ISO instant; an unreadable value is kept as its text so any change still shows. */
export function canonicalInstant(value: Date | string): string {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  // SQLite stores "YYYY-MM-DD HH:MM:SS[.SSS]" in UTC.
  const parsed = new Date(
    /[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`,
  );
  return Number.isNaN(parsed.getTime()) ? `unreadable:${value}` : parsed.toISOString();
}

/** chain_hmac = HMAC-SM3(key, previous chain_hmac || "\n" || canonical(row)), in hex. */
export function chainHmac(secret: Buffer, previous: string, row: ChainedRowValues): string {
  return hmacSm3(secret, previous, '\n', canonicalRow(row)).toString('hex');
}

/** The signature of a purge tombstone: only the key holder can say a row was purged. */
export function tombstoneHmac(
  secret: Buffer,
  tombstone: { id: number; occurredAt: string; chainHmac: string },
): string {
  return hmacSm3(
    secret,
    JSON.stringify(['purged', Number(tombstone.id), tombstone.occurredAt, tombstone.chainHmac]),
  ).toString('hex');
}

/** The secret of a key id, or null when the configured ring does not have it. */
export function secretOf(keys: KeyRing, keyId: string | null): Buffer | null {
  return keyId === null ? null : (keys.byId.get(keyId)?.secret ?? null);
}
