import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { AppError } from '../errors/app-error';
import { RequestContext } from '../tenancy/request-context';
import { TenantDatabase } from '../tenancy/tenant-database';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface StoredResponse {
  fingerprint: string;
  response: unknown;
}

/**
 * `Idempotency-Key` for changes (draft-ietf-httpapi-idempotency-key-header): the first request with
 * a key does the work and stores its answer in the same transaction; a retry with the same key and
 * body gets that answer without doing the work again; the same key with another body is refused.
 * Requests with the same key are serialised by a transaction-scoped advisory lock, so a retry that
 * arrives while the first is still running waits for it instead of doing the work twice.
 */
@Injectable()
export class IdempotencyStore {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: RequestContext,
  ) {}

  async once<T>(key: string | undefined, request: unknown, work: () => Promise<T>): Promise<T> {
    if (key === undefined) return work();
    if (!UUID.test(key)) {
      throw AppError.validation([{ field: 'Idempotency-Key', code: 'isUUID' }]);
    }
    const { organisationId, userId } = this.context.requirePrincipal();
    const fingerprint = createHash('sha256').update(JSON.stringify(request)).digest('hex');
    const manager = this.db.manager;
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 42))`, [
      `${organisationId}:${userId}:${key.toLowerCase()}`,
    ]);
    const [stored] = (await manager.query(
      `SELECT fingerprint, response FROM idempotency_key WHERE organisation_id = $1 AND user_id = $2 AND key = $3`,
      [organisationId, userId, key],
    )) as StoredResponse[];
    if (stored) {
      if (stored.fingerprint !== fingerprint) throw new AppError('IDEMPOTENCY_KEY_REUSED', 422);
      return stored.response as T;
    }
    const result = await work();
    await manager.query(
      `INSERT INTO idempotency_key (organisation_id, user_id, key, fingerprint, status_code, response)
       VALUES ($1, $2, $3, $4, 200, $5)`,
      [organisationId, userId, key, fingerprint, JSON.stringify(result ?? null)],
    );
    return result;
  }
}
