import { describe, expect, it } from 'vitest';
import { framework, leaf } from './spec-helpers';
import { validateOverrides } from './validate-overrides';

const f = framework([leaf('1', '100', { kind: 'judgement' })]);
const codes = (overrides: Parameters<typeof validateOverrides>[1]) =>
  validateOverrides(f, overrides).map((p) => p.code);

describe('validateOverrides', () => {
  it('accepts an override with a reason within range', () => {
    expect(codes({ '1': { score: '88.5', reason: '综合考虑' } })).toEqual([]);
  });

  it('needs a reason, a known id, and a score within [0, weight]', () => {
    expect(codes({ '1': { score: '50', reason: '  ' } })).toEqual(['override.missing_reason']);
    expect(codes({ x: { score: '1', reason: 'r' } })).toEqual(['override.unknown_id']);
    expect(codes({ '1': { score: '100.01', reason: 'r' } })).toEqual(['override.out_of_range']);
    expect(codes({ '1': { score: '-1', reason: 'r' } })).toEqual(['override.out_of_range']);
    expect(codes({ '1': { score: 'abc', reason: 'r' } })).toEqual(['override.invalid_score']);
  });
});
