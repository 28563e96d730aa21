import { describe, expect, it } from 'vitest';
import type { LevelsRule } from '../framework.model';
import { observed, scoreOne } from '../spec-helpers';

describe('levels, yes/no, threshold, judgement', () => {
  const levels: LevelsRule = {
    kind: 'levels',
    levels: [
      { key: 'a', label: '达成目标', rate: '1' },
      { key: 'b', label: '基本达成', rate: '0.75' },
    ],
  };

  it('levels score a rate of the weight; unknown keys are not scored', () => {
    expect(scoreOne(levels, { observed: 'b' }).computed).toBe('3');
    expect(scoreOne(levels, { observed: 'b' }).explanation).toContain('评为“基本达成”（75.00%）');
    expect(scoreOne(levels, { observed: 'z' }).unscored?.kind).toBe('rule_not_applicable');
  });

  it('yes/no defaults to full weight and zero, with optional points', () => {
    expect(scoreOne({ kind: 'yes_no' }, { observed: true }).computed).toBe('4');
    expect(scoreOne({ kind: 'yes_no' }, { observed: '否' }).computed).toBe('0');
    expect(scoreOne({ kind: 'yes_no', noPoints: '1.5' }, { observed: false }).computed).toBe('1.5');
  });

  it('threshold passes or fails', () => {
    const rule = { kind: 'threshold', source: observed, comparator: '<=', value: 1 } as const;
    expect(scoreOne(rule, { observed: 1 }).computed).toBe('4');
    expect(scoreOne(rule, { observed: 1.0001 }).computed).toBe('0');
    expect(scoreOne({ ...rule, comparator: '>' }, { observed: 1 }).computed).toBe('0');
  });

  it('judgement waits for a person', () => {
    expect(scoreOne({ kind: 'judgement' }, { observed: 3 }).unscored).toEqual({ kind: 'judgement_required' });
  });
});
