import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec } from './decimal';
import { evaluate } from './evaluate';
import type { IndicatorNode } from './framework.model';
import { parseFramework } from './parse-framework';
import { scenarioArb } from './spec-arbitraries';
import { validateFramework } from './validate-framework';

function flatten(nodes: readonly IndicatorNode[]): IndicatorNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children ?? [])]);
}

describe('evaluate: properties over generated frameworks', () => {
  it('generates frameworks that validate without errors', () => {
    fc.assert(
      fc.property(scenarioArb, ({ framework }) => {
        expect(validateFramework(framework).filter((p) => p.severity === 'error')).toEqual([]);
      }),
    );
  });

  it('keeps every computed and final score within [0, weight]', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        for (const node of evaluate(s.framework, s.figures, s.observations, s.overrides).nodes) {
          for (const score of [node.computed, node.final]) {
            if (score === null) continue;
            expect(dec(score).lessThan(0)).toBe(false);
            expect(dec(score).lessThanOrEqualTo(dec(node.weight))).toBe(true);
          }
        }
      }),
    );
  });

  it("makes every parent's computed score the sum of its children's finals, unless vetoed", () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const rows = new Map(
          evaluate(s.framework, s.figures, s.observations, s.overrides).nodes.map((n) => [n.id, n]),
        );
        for (const node of flatten(s.framework.indicators).filter((n) => (n.children ?? []).length > 0)) {
          const row = rows.get(node.id);
          if (row === undefined || row.computed === null) continue;
          if (row.vetoed) {
            expect(row.computed).toBe('0');
            continue;
          }
          const sum = (node.children ?? []).reduce(
            (acc, child) => acc.plus(dec(rows.get(child.id)?.final ?? 'NaN')),
            dec(0),
          );
          expect(dec(row.computed).equals(sum)).toBe(true);
        }
      }),
    );
  });

  it('makes the total the sum of the level-1 finals', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const result = evaluate(s.framework, s.figures, s.observations, s.overrides);
        const finals = result.level1.map((row) => row.score);
        if (finals.some((score) => score === null)) {
          expect(result.total).toBeNull();
        } else {
          expect(
            dec(result.total ?? 'NaN').equals(
              finals.reduce((acc, score) => acc.plus(dec(score ?? '0')), dec(0)),
            ),
          ).toBe(true);
        }
      }),
    );
  });

  it('round-trips a valid framework through JSON and parseFramework unchanged', () => {
    fc.assert(
      fc.property(scenarioArb, ({ framework }) => {
        // JSON has no -0: compare with what JSON itself keeps of the framework.
        const json: unknown = JSON.parse(JSON.stringify(framework));
        expect(parseFramework(json).framework).toEqual(json);
      }),
    );
  });
});
