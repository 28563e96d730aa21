import { describe, expect, it } from 'vitest';
import type { MeasureDefinition } from './framework.model';
import { computeMeasures } from './measures';
import { adjustmentRate } from './spec-helpers';

describe('computeMeasures', () => {
  it('computes with the figures put in', () => {
    const [result] = computeMeasures([adjustmentRate], { initial_budget: 3592.06, final_budget: 4184.69 });
    expect(result?.value).toBeCloseTo(0.164983, 6);
    expect(result?.explanation).toBe('预算调整率 = (4184.69 − 3592.06) / 3592.06 = 16.50%');
    expect(result?.unscored).toBeNull();
  });

  it('names every missing figure', () => {
    const [result] = computeMeasures([adjustmentRate], {});
    expect(result).toMatchObject({
      value: null,
      unscored: { kind: 'missing_figure', figures: ['final_budget', 'initial_budget'] },
    });
  });

  it('says when the denominator is zero', () => {
    const [result] = computeMeasures([adjustmentRate], { initial_budget: 0, final_budget: 10 });
    expect(result).toMatchObject({
      value: null,
      unscored: { kind: 'zero_denominator', measure: 'adjustment_rate' },
    });
  });

  it('computes in decimal: 0.1 + 0.2 is 0.3', () => {
    const sum: MeasureDefinition = {
      key: 's',
      name: '和',
      unit: 'number',
      formula: { op: 'add', args: [{ figure: 'a' }, { figure: 'b' }] },
    };
    expect(computeMeasures([sum], { a: 0.1, b: 0.2 })[0]?.value).toBe(0.3);
  });
});
