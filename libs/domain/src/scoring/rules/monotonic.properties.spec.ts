import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, dec } from '../decimal';
import type { Band, ScoringRule } from '../framework.model';
import { observed, scoreOne } from '../spec-helpers';

const value = fc.double({ min: -1, max: 3, noNaN: true });
const pair = fc.tuple(value, value).map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a]));

/** score(low) compared with score(high) for low ≤ high: 1 non-decreasing, -1 non-increasing. */
function expectMonotone(rule: ScoringRule, low: number, high: number, direction: 1 | -1): void {
  const a = scoreOne(rule, { observed: low }).computed;
  const b = scoreOne(rule, { observed: high }).computed;
  expect(a).not.toBeNull();
  expect(b).not.toBeNull();
  const difference = dec(b ?? 'NaN').minus(dec(a ?? 'NaN'));
  expect(difference.times(direction).lessThan(0)).toBe(false);
}

describe('monotonic rules are monotonic', () => {
  it('linear, in the direction of its anchors', () => {
    fc.assert(
      fc.property(pair, value, value, ([low, high], zeroAt, fullAt) => {
        fc.pre(zeroAt !== fullAt);
        expectMonotone(
          { kind: 'linear', source: observed, zeroAt, fullAt },
          low,
          high,
          fullAt > zeroAt ? 1 : -1,
        );
      }),
    );
  });

  it('bands with non-decreasing points and no gaps', () => {
    const bandsArb = fc
      .uniqueArray(fc.integer({ min: -100, max: 300 }), { minLength: 1, maxLength: 5 })
      .chain((cuts) =>
        fc
          .array(fc.integer({ min: 0, max: 400 }), { minLength: cuts.length + 1, maxLength: cuts.length + 1 })
          .map((points) => {
            const sortedCuts = [...cuts].sort((x, y) => x - y).map((cut) => cut / 100);
            const sortedPoints = [...points].sort((x, y) => x - y).map((p) => new D(p).div(100).toString());
            return sortedPoints.map((p, i): Band => {
              const band: Band = { points: p };
              const min = sortedCuts[i - 1];
              const max = sortedCuts[i];
              if (min !== undefined) band.min = min;
              if (max !== undefined) band.max = max;
              return band;
            });
          }),
      );
    fc.assert(
      fc.property(pair, bandsArb, ([low, high], bands) => {
        expectMonotone({ kind: 'bands', source: observed, bands }, low, high, 1);
      }),
    );
  });

  it('ratio to target, both directions, over non-negative values', () => {
    fc.assert(
      fc.property(pair, fc.double({ min: 0.01, max: 2, noNaN: true }), ([low, high], target) => {
        const [a, b] = [Math.abs(low), Math.abs(high)].sort((x, y) => x - y) as [number, number];
        expectMonotone({ kind: 'ratio', source: observed, target, direction: 'higher_is_better' }, a, b, 1);
        expectMonotone({ kind: 'ratio', source: observed, target, direction: 'lower_is_better' }, a, b, -1);
      }),
    );
  });

  it('proportional count', () => {
    fc.assert(
      fc.property(fc.nat(50), fc.nat(50), fc.integer({ min: 1, max: 50 }), (x, y, of) => {
        expectMonotone({ kind: 'proportional', source: observed, of }, Math.min(x, y), Math.max(x, y), 1);
      }),
    );
  });

  it('step deductions, every rounding mode', () => {
    fc.assert(
      fc.property(pair, fc.constantFrom('up', 'down', 'exact'), ([low, high], rounding) => {
        const rule: ScoringRule = {
          kind: 'step',
          source: observed,
          threshold: 0.1,
          direction: 'above',
          step: 0.01,
          perStep: '0.1',
          rounding,
        };
        expectMonotone(rule, low, high, -1);
      }),
    );
  });
});
