/**
 * SQL of a CHECK constraint that keeps a column within an enumeration from libs/shared, so the
 * database refuses a value the code does not know. Changing the list changes the entity, and
 * the migration test then fails until a migration brings the database along.
 */
export function oneOf(column: string, values: readonly string[]): string {
  return `"${column}" IN (${values.map((value) => `'${value}'`).join(', ')})`;
}
