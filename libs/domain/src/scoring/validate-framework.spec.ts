import { describe, expect, it } from 'vitest';
import type { Band, IndicatorNode } from './framework.model';
import { adjustmentRate, framework, leaf, observed, parent } from './spec-helpers';
import { validateFramework } from './validate-framework';

const codes = (indicators: IndicatorNode[], total = '10') =>
  validateFramework(framework(indicators, [adjustmentRate], total)).map((p) => `${p.severity}:${p.code}`);
const bandsLeaf = (bands: Band[]) => leaf('1', '10', { kind: 'bands', source: observed, bands });

describe('validateFramework', () => {
  it('accepts a sound framework', () => {
    expect(
      codes([
        parent('1', '10', [leaf('1.1', '6', { kind: 'yes_no' }), leaf('1.2', '4', { kind: 'judgement' })]),
      ]),
    ).toEqual([]);
  });

  it('requires children to add up to the parent exactly, with the numbers in the message', () => {
    const problems = validateFramework(
      framework(
        [parent('1', '25', [leaf('1.1', '12', { kind: 'yes_no' }), leaf('1.2', '12', { kind: 'yes_no' })])],
        [],
        '25',
      ),
    );
    expect(problems).toContainEqual({
      severity: 'error',
      code: 'weights.children_sum',
      nodeId: '1',
      message: '子指标权重合计 24，不等于上级权重 25',
      params: { sum: '24', weight: '25' },
    });
    expect(codes([leaf('1', '9.99', { kind: 'yes_no' })])).toContain('error:weights.total');
  });

  it('finds gaps and overlaps between bands, honouring inclusive bounds', () => {
    expect(
      codes([
        bandsLeaf([
          { max: 0.1, maxInclusive: true, points: '10' },
          { min: 0.1, minInclusive: false, points: '5' },
        ]),
      ]),
    ).toEqual([]);
    expect(
      codes([
        bandsLeaf([
          { max: 0.4, maxInclusive: true, points: '10' },
          { min: 0.41, points: '5' },
        ]),
      ]),
    ).toEqual(['warning:bands.gap']);
    expect(
      codes([
        bandsLeaf([
          { max: 0.1, maxInclusive: false, points: '10' },
          { min: 0.1, minInclusive: false, points: '5' },
        ]),
      ]),
    ).toEqual(['warning:bands.gap']);
    expect(
      codes([
        bandsLeaf([
          { max: 0.1, maxInclusive: true, points: '10' },
          { min: 0.1, points: '5' },
        ]),
      ]),
    ).toEqual(['error:bands.overlap']);
    expect(
      codes([
        bandsLeaf([
          { min: 0, max: 0.5, points: '10' },
          { min: 0.3, max: 1, points: '5' },
        ]),
      ]),
    ).toEqual(['error:bands.overlap']);
  });

  it('finds band points above the weight', () => {
    expect(codes([bandsLeaf([{ points: '12' }])])).toEqual(['error:rule.points_exceed_weight']);
  });

  it('finds duplicate ids, unknown measures, non-zero veto weights', () => {
    expect(codes([parent('1', '10', [leaf('1', '10', { kind: 'yes_no' })])])).toContain(
      'error:ids.duplicate',
    );
    expect(
      codes([leaf('1', '10', { kind: 'linear', source: { measure: 'nope' }, zeroAt: 0, fullAt: 1 })]),
    ).toEqual(['error:measure.unknown']);
    expect(
      codes([parent('1', '10', [leaf('1.1', '10', { kind: 'yes_no' }), leaf('1.2', '1', { kind: 'veto' })])]),
    ).toEqual(['error:veto.weight_nonzero', 'error:weights.children_sum']);
  });

  it('checks scoring points against their indicator and flags invalid decimals', () => {
    const points = parent('1', '10', [
      leaf('1.1', '5', { kind: 'yes_no' }),
      leaf('1.2', '4', { kind: 'yes_no', yesPoints: '4.5' }),
    ]);
    expect(codes([points])).toEqual(['error:rule.points_exceed_weight', 'error:weights.children_sum']);
    expect(codes([leaf('1', '1e1', { kind: 'yes_no' })])).toContain('error:decimal.invalid');
  });
});
