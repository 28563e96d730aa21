import { Injectable, Logger } from '@nestjs/common';
import {
  AUDIT_CHAIN_GENESIS,
  auditEntryHash,
  type AuditEntryContent,
  type ChainedAuditEntry,
} from '@jixiao/domain';
import type { EntityManager } from 'typeorm';
import { isTransientDatabaseError } from '../database/database-errors';
import { TenantDatabase } from '../tenancy/tenant-database';
import { storableText, storableValue } from '../validation/storable-text';
import { RequestContext } from '../tenancy/request-context';
import { AuditEventEntity } from './audit-event.entity';
import { sha256Hex } from './sha256';

export interface AuditRecord {
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  result?: 'success' | 'failure';
  detail?: Record<string, unknown>;
  /** Defaults to the current principal's organisation. */
  organisationId?: string;
  /** Defaults to the current principal. */
  actorUserId?: string | null;
}

const MAX_FAILURE_AUDIT_ATTEMPTS = 3;

/**
 * Appends to an organisation's hash-chained audit trail inside the current transaction, so an entry
 * exists exactly when the change it records was committed. Appends to one chain are serialised with a
 * transaction-scoped advisory lock, so concurrent requests never fork the chain.
 */
@Injectable()
export class AuditTrail {
  private readonly logger = new Logger(AuditTrail.name);

  constructor(
    private readonly db: TenantDatabase,
    private readonly context: RequestContext,
  ) {}

  async record(record: AuditRecord): Promise<void> {
    const principal = this.context.principal;
    const organisationId = record.organisationId ?? principal?.organisationId;
    if (!organisationId) throw new Error('Audit record without organisation');
    await appendAuditEvent(this.db.manager, {
      organisationId,
      occurredAt: new Date().toISOString(),
      actorUserId: record.actorUserId !== undefined ? record.actorUserId : (principal?.userId ?? null),
      action: record.action,
      targetType: record.targetType ?? null,
      targetId: record.targetId ?? null,
      requestId: this.context.requestId,
      result: record.result ?? 'success',
      detail: record.detail ?? {},
    });
  }

  /**
   * Records a failed or refused attempt in a transaction of its own (the request's transaction is
   * being rolled back), retrying when PostgreSQL aborts it for a deadlock or a serialisation failure.
   * Never throws: losing the request's own error to an audit failure would hide it.
   */
  async recordFailure(record: AuditRecord & { organisationId: string }): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.db.run({ organisationId: record.organisationId, userId: null, platform: false }, () =>
          this.record({ ...record, result: 'failure' }),
        );
        return;
      } catch (error) {
        if (attempt < MAX_FAILURE_AUDIT_ATTEMPTS && isTransientDatabaseError(error)) continue;
        this.logger.error(`Could not record failed ${record.action}: ${String(error)}`);
        return;
      }
    }
  }
}

/** Appends one event to its organisation's chain using `manager`'s transaction. */
export async function appendAuditEvent(
  manager: EntityManager,
  content: Omit<AuditEntryContent, 'seq'>,
): Promise<ChainedAuditEntry> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 7))`, [
    `audit:${content.organisationId}`,
  ]);
  const last = await manager.getRepository(AuditEventEntity).findOne({
    where: { organisationId: content.organisationId },
    order: { seq: 'DESC' },
  });
  const seq = last ? Number(last.seq) + 1 : 1;
  const prevHash = last?.hash ?? AUDIT_CHAIN_GENESIS;
  // What an attacker sent (an id ending in NUL, a lone surrogate) must not cost the entry itself.
  const entry: AuditEntryContent = {
    ...content,
    targetId: content.targetId === null ? null : storableText(content.targetId),
    detail: storableValue(content.detail) as Record<string, unknown>,
    seq,
  };
  const hash = auditEntryHash(sha256Hex, prevHash, entry);
  await manager.query(
    `INSERT INTO audit_event (organisation_id, seq, occurred_at, actor_user_id, action, target_type, target_id,
                              request_id, result, detail, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      entry.organisationId,
      seq,
      entry.occurredAt,
      entry.actorUserId,
      entry.action,
      entry.targetType,
      entry.targetId,
      entry.requestId,
      entry.result,
      JSON.stringify(entry.detail),
      prevHash,
      hash,
    ],
  );
  return { ...entry, prevHash, hash };
}
