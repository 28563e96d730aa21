import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate';
import { framework, leaf, parent } from '../spec-helpers';

const f = framework(
  [
    parent('1', '100', [
      leaf('1.1', '60', { kind: 'yes_no' }),
      leaf('1.2', '40', { kind: 'yes_no' }),
      leaf('1.3', '0', { kind: 'veto' }),
    ]),
  ],
  [],
);

describe('veto point', () => {
  it('zeroes its parent when it fired', () => {
    const parentRow = evaluate(f, {}, { '1.1': true, '1.2': true, '1.3': true }, {}).nodes[0];
    expect(parentRow).toMatchObject({ computed: '0', final: '0', vetoed: true });
    expect(parentRow?.explanation).toContain('本项指标得 0 分');
  });

  it('adds nothing when it did not fire', () => {
    const parentRow = evaluate(f, {}, { '1.1': true, '1.2': false, '1.3': false }, {}).nodes[0];
    expect(parentRow).toMatchObject({ computed: '60', vetoed: false });
  });

  it('zeroes the parent even when a sibling is unscored, and an unanswered veto leaves it unscored', () => {
    expect(evaluate(f, {}, { '1.3': true }, {}).nodes[0]?.computed).toBe('0');
    expect(evaluate(f, {}, { '1.1': true, '1.2': true }, {}).nodes[0]?.unscored).toEqual({
      kind: 'children_unscored',
      children: ['1.3'],
    });
  });
});
