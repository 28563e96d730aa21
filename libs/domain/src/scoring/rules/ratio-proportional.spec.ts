import { describe, expect, it } from 'vitest';
import { observed, scoreOne } from '../spec-helpers';

describe('ratio and proportional rules', () => {
  it('ratio is capped at the weight in both directions', () => {
    const higher = { kind: 'ratio', source: observed, target: 200, direction: 'higher_is_better' } as const;
    expect(scoreOne(higher, { observed: 150 }).computed).toBe('3');
    expect(scoreOne(higher, { observed: 300 }).computed).toBe('4');
    const lower = { kind: 'ratio', source: observed, target: 200, direction: 'lower_is_better' } as const;
    expect(scoreOne(lower, { observed: 400 }).computed).toBe('2');
    expect(scoreOne(lower, { observed: 100 }).computed).toBe('4');
    expect(scoreOne(lower, { observed: 0 }).computed).toBe('4');
  });

  it('ratio against a zero target or a missing figure target is unscored', () => {
    const zero = { kind: 'ratio', source: observed, target: 0, direction: 'higher_is_better' } as const;
    expect(scoreOne(zero, { observed: 1 }).unscored?.kind).toBe('zero_denominator');
    const figure = {
      kind: 'ratio',
      source: observed,
      target: { figure: 'plan' },
      direction: 'higher_is_better',
    } as const;
    expect(scoreOne(figure, { observed: 1 }).unscored).toEqual({ kind: 'missing_figure', figures: ['plan'] });
  });

  it('proportional is n of N × weight, unscored when N is 0', () => {
    const rule = { kind: 'proportional', source: observed, of: 28 } as const;
    const node = scoreOne(rule, { observed: 2, weight: '12' });
    expect(node.computed).toBe('0.86');
    expect(node.explanation).toContain('(2 / 28) × 12 = 0.86');
    expect(scoreOne({ ...rule, of: 0 }, { observed: 2 }).unscored?.kind).toBe('zero_denominator');
    const ofFigure = { kind: 'proportional', source: observed, of: { figure: 'planned' } } as const;
    expect(scoreOne(ofFigure, { observed: 0, figures: { planned: 0 } }).unscored?.kind).toBe(
      'zero_denominator',
    );
  });
});
