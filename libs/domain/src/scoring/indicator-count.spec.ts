import { describe, expect, it } from 'vitest';
import { BUILTIN_FRAMEWORKS } from './builtin';
import { countIndicators } from './indicator-count';
import { leaf, parent } from './spec-helpers';

describe('countIndicators', () => {
  it('counts the indicators of every level', () => {
    expect(countIndicators([])).toBe(0);
    expect(countIndicators([leaf('1', '10')])).toBe(1);
    const tree = [
      parent('1', '60', [parent('1.1', '30', [leaf('1.1.1', '20'), leaf('1.1.2', '10')]), leaf('1.2', '30')]),
      leaf('2', '40'),
    ];
    expect(countIndicators(tree)).toBe(6);
  });

  it('gives each built-in system a count at least its first-level indicators', () => {
    for (const framework of BUILTIN_FRAMEWORKS) {
      expect(countIndicators(framework.indicators)).toBeGreaterThan(framework.indicators.length);
    }
  });
});
