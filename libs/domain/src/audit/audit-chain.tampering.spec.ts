/// <reference types="node" />
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AUDIT_CHAIN_GENESIS,
  auditEntryHash,
  verifyAuditChain,
  type AuditEntryContent,
  type ChainedAuditEntry,
} from './audit-chain';

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

type Content = Omit<AuditEntryContent, 'seq'>;

const contentArb: fc.Arbitrary<Content> = fc.record({
  organisationId: fc.uuid(),
  occurredAt: fc
    .date({
      min: new Date('2020-01-01T00:00:00Z'),
      max: new Date('2040-01-01T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString()),
  actorUserId: fc.option(fc.uuid(), { nil: null }),
  action: fc.string({ minLength: 1, maxLength: 20 }),
  targetType: fc.option(fc.string({ maxLength: 12 }), { nil: null }),
  targetId: fc.option(fc.uuid(), { nil: null }),
  requestId: fc.option(fc.string({ maxLength: 12 }), { nil: null }),
  result: fc.constantFrom('success' as const, 'failure' as const),
  detail: fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
});

function chain(contents: readonly Content[]): ChainedAuditEntry[] {
  const entries: ChainedAuditEntry[] = [];
  let prevHash = AUDIT_CHAIN_GENESIS;
  contents.forEach((item, index) => {
    const withSeq: AuditEntryContent = { ...item, seq: index + 1 };
    const hash = auditEntryHash(sha256, prevHash, withSeq);
    entries.push({ ...withSeq, prevHash, hash });
    prevHash = hash;
  });
  return entries;
}

function otherHex(hex: string): string {
  const first = hex.charAt(0) === 'a' ? 'b' : 'a';
  return first + hex.slice(1);
}

function otherText(value: string | null): string | null {
  return value === null ? 'x' : null;
}

type Field = keyof ChainedAuditEntry;

/** A changed copy of the entry: exactly one field differs. */
function tamper(entry: ChainedAuditEntry, field: Field): ChainedAuditEntry {
  switch (field) {
    case 'organisationId':
    case 'occurredAt':
    case 'action':
      return { ...entry, [field]: `${entry[field]}!` };
    case 'actorUserId':
    case 'targetType':
    case 'targetId':
    case 'requestId':
      return { ...entry, [field]: otherText(entry[field]) };
    case 'seq':
      return { ...entry, seq: entry.seq + 1 };
    case 'result':
      return { ...entry, result: entry.result === 'success' ? 'failure' : 'success' };
    case 'detail':
      return {
        ...entry,
        detail: { ...entry.detail, tampered: `${JSON.stringify(entry.detail['tampered'])}!` },
      };
    case 'prevHash':
    case 'hash':
      return { ...entry, [field]: otherHex(entry[field]) };
  }
}

const FIELDS: Field[] = [
  'organisationId',
  'seq',
  'occurredAt',
  'actorUserId',
  'action',
  'targetType',
  'targetId',
  'requestId',
  'result',
  'detail',
  'prevHash',
  'hash',
];

function expectedReason(field: Field): 'sequence_gap' | 'prev_hash' | 'hash' {
  if (field === 'seq') return 'sequence_gap';
  if (field === 'prevHash') return 'prev_hash';
  return 'hash';
}

const chainAndPick = fc
  .array(contentArb, { minLength: 1, maxLength: 6 })
  .chain((contents) => fc.tuple(fc.constant(chain(contents)), fc.nat({ max: contents.length - 1 })));

describe('verifyAuditChain against tampering', () => {
  it('accepts any chain it was given untouched', () => {
    fc.assert(
      fc.property(fc.array(contentArb, { maxLength: 6 }), (contents) => {
        expect(verifyAuditChain(sha256, chain(contents))).toEqual({ valid: true, checked: contents.length });
      }),
    );
  });

  it('reports a change to any field of any entry at exactly that seq', () => {
    fc.assert(
      fc.property(chainAndPick, fc.constantFrom(...FIELDS), ([entries, index], field) => {
        const tampered = entries.map((entry, i) => (i === index ? tamper(entry, field) : entry));
        expect(verifyAuditChain(sha256, tampered)).toEqual({
          valid: false,
          checked: index,
          brokenAtSeq: index + 1,
          reason: expectedReason(field),
        });
      }),
    );
  });

  it('reports a deleted entry (not the last) at its seq', () => {
    fc.assert(
      fc.property(
        fc
          .array(contentArb, { minLength: 2, maxLength: 6 })
          .chain((contents) => fc.tuple(fc.constant(chain(contents)), fc.nat({ max: contents.length - 2 }))),
        ([entries, index]) => {
          const remaining = entries.filter((_, i) => i !== index);
          expect(verifyAuditChain(sha256, remaining)).toEqual({
            valid: false,
            checked: index,
            brokenAtSeq: index + 1,
            reason: 'sequence_gap',
          });
        },
      ),
    );
  });

  it('reports two swapped entries at the earlier position', () => {
    fc.assert(
      fc.property(
        fc
          .array(contentArb, { minLength: 2, maxLength: 6 })
          .chain((contents) =>
            fc.tuple(
              fc.constant(chain(contents)),
              fc.uniqueArray(fc.nat({ max: contents.length - 1 }), { minLength: 2, maxLength: 2 }),
            ),
          ),
        ([entries, [a = 0, b = 0]]) => {
          const [i, j] = [Math.min(a, b), Math.max(a, b)];
          const swapped = entries.map((entry, k) => (k === i ? entries[j] : k === j ? entries[i] : entry));
          expect(verifyAuditChain(sha256, swapped as ChainedAuditEntry[])).toEqual({
            valid: false,
            checked: i,
            brokenAtSeq: i + 1,
            reason: 'sequence_gap',
          });
        },
      ),
    );
  });
});
