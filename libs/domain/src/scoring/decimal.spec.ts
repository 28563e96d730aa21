import { describe, expect, it } from 'vitest';
import { roundRate, roundScore, SCORE_DECIMALS } from './decimal';
import { evaluate } from './evaluate';
import { framework, leaf, parent } from './spec-helpers';
import { validateFramework } from './validate-framework';

describe('decimal scores', () => {
  it('rounds scores half-up to 2 decimals and rates to 4', () => {
    expect(SCORE_DECIMALS).toBe(2);
    expect(roundScore('2.675')).toBe('2.68');
    expect(roundScore('2.665')).toBe('2.67');
    expect(roundScore('4.40')).toBe('4.4');
    expect(roundRate('0.88255')).toBe('0.8826');
  });

  it('adds weights exactly: 0.1 × 3 = 0.3', () => {
    const f = framework(
      [
        parent(
          '1',
          '0.3',
          ['a', 'b', 'c'].map((id) => leaf(`1.${id}`, '0.1', { kind: 'yes_no' })),
        ),
      ],
      [],
      '0.3',
    );
    expect(validateFramework(f).filter((p) => p.code.startsWith('weights'))).toEqual([]);
    const result = evaluate(f, {}, { '1.a': true, '1.b': true, '1.c': true }, {});
    expect(result.total).toBe('0.3');
    expect(result.nodes[0]?.rate).toBe('1');
  });
});
