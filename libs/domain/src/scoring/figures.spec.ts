import { describe, expect, it } from 'vitest';
import { BUILTIN_FRAMEWORKS } from './builtin';
import { STANDARD_FIGURES, figureLabel } from './figures';
import { figuresOf } from './measures';

describe('standard figures', () => {
  it('names every figure the built-in frameworks use', () => {
    const used = new Set(
      BUILTIN_FRAMEWORKS.flatMap((framework) =>
        framework.measures.flatMap((measure) => figuresOf(measure.formula)),
      ),
    );
    const unnamed = [...used].filter((key) => figureLabel(key) === key);
    expect(unnamed).toEqual([]);
  });

  it('labels with name and unit, and falls back to the key', () => {
    expect(figureLabel('initial_budget')).toBe('年初预算数（万元）');
    expect(figureLabel('staff_quota')).toBe('编制数（人）');
    expect(figureLabel('custom_figure')).toBe('custom_figure');
  });

  it('has unique keys', () => {
    expect(new Set(STANDARD_FIGURES.map((f) => f.key)).size).toBe(STANDARD_FIGURES.length);
  });
});
