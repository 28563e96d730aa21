import { describe, expect, it } from 'vitest';
import type { BandsRule } from '../framework.model';
import { observed, scoreOne } from '../spec-helpers';

const rule: BandsRule = {
  kind: 'bands',
  source: observed,
  bands: [
    { min: 0, max: 0.1, maxInclusive: true, points: '4' },
    { min: 0.1, minInclusive: false, max: 0.4, maxInclusive: true, points: '2' },
    { min: 0.41, max: 0.6, maxInclusive: true, points: '1' },
    { min: 0.6, minInclusive: false, points: '0.25' },
  ],
};

describe('bands rule', () => {
  it('honours inclusive and exclusive bounds', () => {
    expect(scoreOne(rule, { observed: 0.1 }).computed).toBe('4');
    expect(scoreOne(rule, { observed: 0.1000001 }).computed).toBe('2');
    expect(scoreOne(rule, { observed: 0.4 }).computed).toBe('2');
    expect(scoreOne(rule, { observed: 0.6 }).computed).toBe('1');
    expect(scoreOne(rule, { observed: 0.61 }).computed).toBe('0.25');
  });

  it('defaults to an inclusive lower and exclusive upper bound', () => {
    const halfOpen: BandsRule = { kind: 'bands', source: observed, bands: [{ min: 0, max: 1, points: '3' }] };
    expect(scoreOne(halfOpen, { observed: 0 }).computed).toBe('3');
    expect(scoreOne(halfOpen, { observed: 1 }).unscored?.kind).toBe('rule_not_applicable');
  });

  it('leaves a value in a gap unscored and says why', () => {
    const node = scoreOne(rule, { observed: 0.405 });
    expect(node.computed).toBeNull();
    expect(node.explanation).toContain('不在任何档内');
  });

  it('clamps points above the weight', () => {
    const node = scoreOne({ kind: 'bands', source: observed, bands: [{ points: '9' }] }, { observed: 1 });
    expect(node.computed).toBe('4');
  });
});
