import { describe, expect, it } from 'vitest';
import { observed, scoreOne } from '../spec-helpers';

const higher = { kind: 'linear', source: observed, zeroAt: 0.6, fullAt: 1 } as const;
const lower = { kind: 'linear', source: observed, zeroAt: 0.5, fullAt: 0.1 } as const;

describe('linear rule', () => {
  it('interpolates between the anchors and shows the formula with values put in', () => {
    const node = scoreOne(higher, { observed: 0.9067 });
    expect(node.computed).toBe('3.07');
    expect(node.explanation).toContain('(0.9067 − 0.6) / (1 − 0.6) × 4 = 3.07');
  });

  it('clamps at both anchors', () => {
    expect(scoreOne(higher, { observed: 1.2 }).computed).toBe('4');
    expect(scoreOne(higher, { observed: 0.6 }).computed).toBe('0');
    expect(scoreOne(higher, { observed: 0.1 }).computed).toBe('0');
  });

  it('reversed anchors mean lower is better', () => {
    expect(scoreOne(lower, { observed: 0.05 }).computed).toBe('4');
    expect(scoreOne(lower, { observed: 0.3 }).computed).toBe('2');
    expect(scoreOne(lower, { observed: 0.6 }).computed).toBe('0');
  });

  it('rejects equal anchors and missing observations without scoring', () => {
    expect(scoreOne({ ...higher, fullAt: 0.6 }, { observed: 0.7 }).unscored?.kind).toBe(
      'rule_not_applicable',
    );
    expect(scoreOne(higher).unscored).toEqual({ kind: 'missing_observation' });
  });
});
