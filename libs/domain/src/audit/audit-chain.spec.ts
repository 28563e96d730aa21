/// <reference types="node" />
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  AUDIT_CHAIN_GENESIS,
  auditEntryHash,
  verifyAuditChain,
  type AuditEntryContent,
  type ChainedAuditEntry,
} from './audit-chain';

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

function content(seq: number, detail: Record<string, unknown> = { n: seq }): AuditEntryContent {
  return {
    organisationId: 'org-1',
    seq,
    occurredAt: `2024-05-01T08:00:0${seq % 10}.000Z`,
    actorUserId: 'user-1',
    action: 'user.update',
    targetType: 'User',
    targetId: `user-${seq}`,
    requestId: `req-${seq}`,
    result: 'success',
    detail,
  };
}

function chain(contents: readonly AuditEntryContent[]): ChainedAuditEntry[] {
  const entries: ChainedAuditEntry[] = [];
  let prevHash = AUDIT_CHAIN_GENESIS;
  for (const item of contents) {
    const hash = auditEntryHash(sha256, prevHash, item);
    entries.push({ ...item, prevHash, hash });
    prevHash = hash;
  }
  return entries;
}

const five = (): ChainedAuditEntry[] => chain([1, 2, 3, 4, 5].map((seq) => content(seq)));

describe('auditEntryHash', () => {
  it('hashes the version, previous hash and canonical JSON of the content', () => {
    const item = content(1, { b: 2, a: 1 });
    const expected = sha256(
      `v1|${AUDIT_CHAIN_GENESIS}|{"action":"user.update","actorUserId":"user-1","detail":{"a":1,"b":2},` +
        `"occurredAt":"2024-05-01T08:00:01.000Z","organisationId":"org-1","requestId":"req-1","result":"success",` +
        `"seq":1,"targetId":"user-1","targetType":"User"}`,
    );
    expect(auditEntryHash(sha256, AUDIT_CHAIN_GENESIS, item)).toBe(expected);
  });

  it('is a 64-character lower-case hex string', () => {
    expect(auditEntryHash(sha256, AUDIT_CHAIN_GENESIS, content(1))).toMatch(/^[0-9a-f]{64}$/);
  });

  it('depends on the previous hash', () => {
    expect(auditEntryHash(sha256, 'f'.repeat(64), content(1))).not.toBe(
      auditEntryHash(sha256, AUDIT_CHAIN_GENESIS, content(1)),
    );
  });
});

describe('verifyAuditChain', () => {
  it('accepts an empty chain with nothing checked', () => {
    expect(verifyAuditChain(sha256, [])).toEqual({ valid: true, checked: 0 });
  });

  it('accepts a built chain and counts its entries', () => {
    expect(verifyAuditChain(sha256, five())).toEqual({ valid: true, checked: 5 });
  });

  it('starts the chain at the genesis hash of 64 zeros', () => {
    expect(AUDIT_CHAIN_GENESIS).toBe('0'.repeat(64));
    expect(five()[0]?.prevHash).toBe(AUDIT_CHAIN_GENESIS);
  });

  it('accepts detail whose keys come back in another order, as from a jsonb column', () => {
    const entries = chain([content(1, { z: 1, a: { y: 2, b: 3 } })]).map((entry) => ({
      ...entry,
      detail: { a: { b: 3, y: 2 }, z: 1 },
    }));
    expect(verifyAuditChain(sha256, entries)).toEqual({ valid: true, checked: 1 });
  });

  it('reports a chain that does not start at seq 1 as a gap at 1', () => {
    expect(verifyAuditChain(sha256, five().slice(1))).toEqual({
      valid: false,
      checked: 0,
      brokenAtSeq: 1,
      reason: 'sequence_gap',
    });
  });

  it.each([1, 2, 3, 4])('reports deleting entry %i as a gap at that seq', (seq) => {
    const entries = five().filter((entry) => entry.seq !== seq);
    expect(verifyAuditChain(sha256, entries)).toEqual({
      valid: false,
      checked: seq - 1,
      brokenAtSeq: seq,
      reason: 'sequence_gap',
    });
  });

  it.each([
    [0, 1],
    [1, 3],
    [2, 4],
    [0, 4],
  ])('reports swapping entries at positions %i and %i at the first of them', (i, j) => {
    const entries = five();
    [entries[i], entries[j]] = [entries[j] as ChainedAuditEntry, entries[i] as ChainedAuditEntry];
    expect(verifyAuditChain(sha256, entries)).toMatchObject({ valid: false, checked: i, brokenAtSeq: i + 1 });
  });

  it('reports swapping two entries and renumbering them as a hash break', () => {
    const entries = five();
    const [second, third] = [entries[1] as ChainedAuditEntry, entries[2] as ChainedAuditEntry];
    entries[1] = { ...third, seq: 2 };
    entries[2] = { ...second, seq: 3 };
    expect(verifyAuditChain(sha256, entries)).toEqual({
      valid: false,
      checked: 1,
      brokenAtSeq: 2,
      reason: 'prev_hash',
    });
  });

  it('reports a rewritten entry with a recomputed hash at the next entry', () => {
    const entries = five();
    const forged = content(3, { n: 'forged' });
    entries[2] = {
      ...forged,
      prevHash: entries[1]?.hash ?? '',
      hash: auditEntryHash(sha256, entries[1]?.hash ?? '', forged),
    };
    expect(verifyAuditChain(sha256, entries)).toEqual({
      valid: false,
      checked: 3,
      brokenAtSeq: 4,
      reason: 'prev_hash',
    });
  });

  it('cannot notice a removed tail on its own (needs the latest hash kept elsewhere)', () => {
    expect(verifyAuditChain(sha256, five().slice(0, 3))).toEqual({ valid: true, checked: 3 });
  });
});
