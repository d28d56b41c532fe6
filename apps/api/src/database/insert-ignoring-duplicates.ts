import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * INSERT … ON CONFLICT DO NOTHING RETURNING <id>: rows that would break a UNIQUE constraint
 * (a dedupe key, a primary key) are skipped instead of failing, atomically in the database —
 * so two processes inserting the same generated row at the same moment leave exactly one.
 * Both PostgreSQL and SQLite (≥ 3.35) support this syntax; TypeORM emits the ON CONFLICT part
 * for both but RETURNING only for PostgreSQL, so the clause is appended here.
 * Returns the ids of the rows actually inserted (none when `idColumn` is null).
 */
export async function insertIgnoringDuplicates<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: Partial<T>[],
  idColumn: string | null = 'id',
): Promise<number[]> {
  if (rows.length === 0) return [];
  const [sql, parameters] = manager
    .createQueryBuilder()
    .insert()
    .into(target)
    .values(rows as never)
    .orIgnore()
    .updateEntity(false)
    .getQueryAndParameters();
  const returning = idColumn === null ? '' : ` RETURNING "${idColumn}"`;
  const result: unknown = await manager.query(sql + returning, parameters);
  if (idColumn === null) return [];
  // PostgreSQL answers [rows, count] for some statements through TypeORM; take the rows.
  const records = (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as
    Record<string, unknown>[] | undefined;
  return (records ?? []).map((record) => Number(record[idColumn]));
}
