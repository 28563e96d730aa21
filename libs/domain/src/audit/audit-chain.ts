/**
 * The audit trail is a hash chain per organisation: every entry's hash covers the previous entry's
 * hash and the entry's own canonical JSON, so changing, removing or reordering an entry breaks the
 * chain from that entry on. The hash function is passed in so this stays free of platform APIs.
 */
export const AUDIT_CHAIN_GENESIS = '0'.repeat(64);
export const AUDIT_HASH_VERSION = 1;

export interface AuditEntryContent {
  organisationId: string;
  seq: number;
  occurredAt: string;
  actorUserId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  requestId: string | null;
  result: 'success' | 'failure';
  detail: Record<string, unknown>;
}

export interface ChainedAuditEntry extends AuditEntryContent {
  prevHash: string;
  hash: string;
}

export type Sha256Hex = (text: string) => string;

/** JSON with object keys sorted at every depth, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const withJson = value as { toJSON?: () => unknown };
  if (typeof withJson.toJSON === 'function') return canonicalJson(withJson.toJSON());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}

export function auditEntryHash(sha256: Sha256Hex, prevHash: string, content: AuditEntryContent): string {
  return sha256(`v${AUDIT_HASH_VERSION}|${prevHash}|${canonicalJson(content)}`);
}

/** The hashed part of an entry: everything but its own and its predecessor's hash. */
export function auditEntryContent(entry: ChainedAuditEntry): AuditEntryContent {
  return {
    organisationId: entry.organisationId,
    seq: entry.seq,
    occurredAt: entry.occurredAt,
    actorUserId: entry.actorUserId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    requestId: entry.requestId,
    result: entry.result,
    detail: entry.detail,
  };
}

export type AuditChainVerdict =
  | { valid: true; checked: number }
  | { valid: false; checked: number; brokenAtSeq: number; reason: 'sequence_gap' | 'prev_hash' | 'hash' };

/** Walks entries in order of seq (starting at 1) and reports the first break. */
export function verifyAuditChain(
  sha256: Sha256Hex,
  entries: readonly ChainedAuditEntry[],
): AuditChainVerdict {
  let prevHash = AUDIT_CHAIN_GENESIS;
  let checked = 0;
  for (const entry of entries) {
    const expectedSeq = checked + 1;
    if (entry.seq !== expectedSeq)
      return { valid: false, checked, brokenAtSeq: expectedSeq, reason: 'sequence_gap' };
    if (entry.prevHash !== prevHash)
      return { valid: false, checked, brokenAtSeq: entry.seq, reason: 'prev_hash' };
    if (auditEntryHash(sha256, prevHash, auditEntryContent(entry)) !== entry.hash) {
      return { valid: false, checked, brokenAtSeq: entry.seq, reason: 'hash' };
    }
    prevHash = entry.hash;
    checked += 1;
  }
  return { valid: true, checked };
}
