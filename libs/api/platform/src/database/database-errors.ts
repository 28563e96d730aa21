/** The SQLSTATE of a PostgreSQL error as TypeORM wraps it, or undefined. */
function sqlState(error: unknown): unknown {
  return (error as { driverError?: { code?: unknown } } | null)?.driverError?.code;
}

/** A unique constraint refused the row (23505). */
export function isUniqueViolation(error: unknown): boolean {
  return sqlState(error) === '23505';
}

/** Deadlock detected (40P01) or serialisation failure (40001): the transaction may simply run again. */
export function isTransientDatabaseError(error: unknown): boolean {
  const code = sqlState(error);
  return code === '40P01' || code === '40001';
}
