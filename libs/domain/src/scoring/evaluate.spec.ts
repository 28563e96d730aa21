import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { adjustmentRate, framework, leaf, parent } from './spec-helpers';

const bands = leaf('1.1', '4', {
  kind: 'bands',
  source: { measure: 'adjustment_rate' },
  bands: [
    { min: 0, max: 0.1, maxInclusive: true, points: '4' },
    { min: 0.1, minInclusive: false, max: 0.4, maxInclusive: true, points: '2' },
    { min: 0.4, minInclusive: false, points: '0' },
  ],
});
const judged = leaf('1.2', '6', { kind: 'judgement' });
const f = framework(
  [parent('1', '10', [bands, judged]), leaf('2', '90', { kind: 'yes_no' })],
  [adjustmentRate],
);
const figures = { initial_budget: 3592.06, final_budget: 4184.69 };

describe('evaluate', () => {
  it('scores a measure through bands and explains it with the values put in', () => {
    const node = evaluate(f, figures, {}, {}).nodes.find((n) => n.id === '1.1');
    expect(node?.computed).toBe('2');
    expect(node?.explanation).toContain('预算调整率 16.50%，落在“10%（不含）–40%（含）”档，得 2 分');
    expect(node?.explanation).toContain('(4184.69 − 3592.06) / 3592.06 = 16.50%');
  });

  it('leaves judgement unscored until overridden, and the parent with it', () => {
    const result = evaluate(f, figures, { '2': true }, {});
    expect(result.nodes.find((n) => n.id === '1.2')?.unscored).toEqual({ kind: 'judgement_required' });
    expect(result.nodes.find((n) => n.id === '1')?.unscored).toEqual({
      kind: 'children_unscored',
      children: ['1.2'],
    });
    expect(result.total).toBeNull();
    expect(result.complete).toBe(false);
  });

  it('uses the override as the final score and says so next to the rule score', () => {
    const result = evaluate(
      f,
      figures,
      { '2': true },
      {
        '1.2': { score: '5.5', reason: '制度基本健全' },
        '1.1': { score: '3', reason: '政策性调整' },
      },
    );
    const node = result.nodes.find((n) => n.id === '1.1');
    expect(node).toMatchObject({ computed: '2', final: '3', overridden: true, rate: '0.75' });
    expect(node?.explanation).toContain('人工调整为 3 分（规则得 2 分），理由：政策性调整');
    expect(result.nodes.find((n) => n.id === '1')?.computed).toBe('8.5');
    expect(result.total).toBe('98.5');
    expect(result.grade).toBe('优');
    expect(result.complete).toBe(true);
    expect(result.level1.map((row) => row.score)).toEqual(['8.5', '90']);
  });

  it('lists nodes depth-first with levels', () => {
    expect(evaluate(f, figures, {}, {}).nodes.map((n) => `${n.id}@${n.level}`)).toEqual([
      '1@1',
      '1.1@2',
      '1.2@2',
      '2@1',
    ]);
  });

  it('leaves a measure-driven leaf unscored when a figure is missing, until overridden', () => {
    const result = evaluate(f, { initial_budget: 100 }, {}, {});
    expect(result.nodes.find((n) => n.id === '1.1')?.unscored).toEqual({
      kind: 'missing_figure',
      figures: ['final_budget'],
    });
    const overridden = evaluate(f, {}, {}, { '1.1': { score: '4', reason: '数据缺失，按访谈' } });
    expect(overridden.nodes.find((n) => n.id === '1.1')).toMatchObject({ computed: null, final: '4' });
  });
});
