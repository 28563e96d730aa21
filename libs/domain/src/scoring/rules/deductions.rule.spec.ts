import { describe, expect, it } from 'vitest';
import { observed, scoreOne } from '../spec-helpers';

describe('deductions rule', () => {
  it('deducts per finding down to zero', () => {
    const rule = { kind: 'deductions', source: observed, perFinding: '1' } as const;
    expect(scoreOne(rule, { observed: 0 }).computed).toBe('4');
    expect(scoreOne(rule, { observed: 3 }).computed).toBe('1');
    expect(scoreOne(rule, { observed: 7 }).computed).toBe('0');
    expect(scoreOne(rule, { observed: 3 }).explanation).toContain('发现问题 3 项，每项扣 1 分');
  });

  it('stops at the maximum deduction', () => {
    const rule = { kind: 'deductions', source: observed, perFinding: '0.5', maxDeduction: '1' } as const;
    expect(scoreOne(rule, { observed: 10 }).computed).toBe('3');
  });

  it('is exact with decimal steps', () => {
    const rule = { kind: 'deductions', source: observed, perFinding: '0.1' } as const;
    expect(scoreOne(rule, { observed: 3, weight: '0.3' }).computed).toBe('0');
  });
});
