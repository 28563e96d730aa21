import { Injectable } from '@nestjs/common';
import type { AuditChainVerification, AuditEventPage, AuditEventRecord } from '@jixiao/contracts';
import { verifyAuditChain, type ChainedAuditEntry } from '@jixiao/domain';
import { AuditEventEntity, RequestContext, sha256Hex, TenantDatabase } from '@jixiao/api-platform';

const VERIFY_BATCH = 2000;

function toChainedEntry(row: AuditEventEntity): ChainedAuditEntry {
  return {
    organisationId: row.organisationId,
    seq: Number(row.seq),
    occurredAt: row.occurredAt.toISOString(),
    actorUserId: row.actorUserId,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    requestId: row.requestId,
    result: row.result,
    detail: row.detail,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}

/** Reading and verifying the caller's organisation's audit trail. */
@Injectable()
export class AuditLogService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: RequestContext,
  ) {}

  async page(beforeSeq: number | null, limit: number): Promise<AuditEventPage> {
    const { organisationId } = this.context.requirePrincipal();
    const rows = (await this.db.manager.query(
      `SELECT e.seq, e.occurred_at, e.actor_user_id, u.display_name AS actor_name, e.action, e.target_type,
              e.target_id, e.request_id, e.result, e.detail, e.hash
         FROM audit_event e LEFT JOIN app_user u ON u.id = e.actor_user_id
        WHERE e.organisation_id = $1 AND ($2::bigint IS NULL OR e.seq < $2::bigint)
        ORDER BY e.seq DESC LIMIT $3`,
      [organisationId, beforeSeq, limit + 1],
    )) as {
      seq: string;
      occurred_at: Date;
      actor_user_id: string | null;
      actor_name: string | null;
      action: string;
      target_type: string | null;
      target_id: string | null;
      request_id: string | null;
      result: 'success' | 'failure';
      detail: Record<string, unknown>;
      hash: string;
    }[];
    const items: AuditEventRecord[] = rows.slice(0, limit).map((row) => ({
      seq: Number(row.seq),
      occurredAt: row.occurred_at.toISOString(),
      actorUserId: row.actor_user_id,
      actorName: row.actor_name,
      action: row.action,
      targetType: row.target_type,
      targetId: row.target_id,
      requestId: row.request_id,
      result: row.result,
      detail: row.detail,
      hash: row.hash,
    }));
    const last = items.at(-1);
    return { items, nextBeforeSeq: rows.length > limit && last ? last.seq : null };
  }

  /** Recomputes the whole chain in batches and reports the first break. */
  async verify(): Promise<AuditChainVerification> {
    const { organisationId } = this.context.requirePrincipal();
    const repository = this.db.manager.getRepository(AuditEventEntity);
    const entries: ChainedAuditEntry[] = [];
    for (let offset = 0; ; offset += VERIFY_BATCH) {
      const batch = await repository.find({
        where: { organisationId },
        order: { seq: 'ASC' },
        skip: offset,
        take: VERIFY_BATCH,
      });
      entries.push(...batch.map(toChainedEntry));
      if (batch.length < VERIFY_BATCH) break;
    }
    const verdict = verifyAuditChain(sha256Hex, entries);
    return verdict.valid
      ? { valid: true, checked: verdict.checked, brokenAtSeq: null, reason: null }
      : { valid: false, checked: verdict.checked, brokenAtSeq: verdict.brokenAtSeq, reason: verdict.reason };
  }
}
