import { describe, expect, it } from 'vitest';
import type { StepRule } from '../framework.model';
import { observed, scoreOne } from '../spec-helpers';

const base: StepRule = {
  kind: 'step',
  source: observed,
  threshold: 0.1,
  direction: 'above',
  step: 0.01,
  perStep: '0.1',
  rounding: 'up',
};

describe('step rule', () => {
  it('does not deduct at or below the threshold', () => {
    expect(scoreOne(base, { observed: 0.1, weight: '1' }).computed).toBe('1');
  });

  it('rounds partial steps as stated', () => {
    expect(scoreOne(base, { observed: 0.165, weight: '1' }).computed).toBe('0.3');
    expect(scoreOne({ ...base, rounding: 'down' }, { observed: 0.165, weight: '1' }).computed).toBe('0.4');
    expect(scoreOne({ ...base, rounding: 'exact' }, { observed: 0.165, weight: '1' }).computed).toBe('0.35');
  });

  it('counts whole steps exactly (0.13 − 0.1 is 3 points, not 2.999…)', () => {
    expect(scoreOne({ ...base, rounding: 'down' }, { observed: 0.13, weight: '1' }).computed).toBe('0.7');
  });

  it('stops at the maximum deduction and works below a threshold', () => {
    expect(scoreOne({ ...base, maxDeduction: '0.5' }, { observed: 0.5, weight: '1' }).computed).toBe('0.5');
    const below: StepRule = { ...base, direction: 'below', threshold: 0.9 };
    expect(scoreOne(below, { observed: 0.85, weight: '1' }).computed).toBe('0.5');
    expect(scoreOne(below, { observed: 0.95, weight: '1' }).computed).toBe('1');
  });
});
