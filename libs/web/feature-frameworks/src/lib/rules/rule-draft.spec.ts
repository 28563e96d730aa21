import { validateFramework, type Framework, type ScoringRule } from '@jixiao/domain';
import { testFramework } from '../model/test-framework';
import { draftFromRule, emptyDraft, ruleFromDraft } from './rule-draft';
import { RULE_KINDS } from './rule-kinds';

/** The test framework with leaf 1.1 (weight 40, under a parent of 60) scored by `rule`. */
function withRule(rule: ScoringRule): Framework {
  const framework = testFramework();
  const leaf = framework.indicators[0]?.children?.[0];
  if (!leaf) throw new Error('fixture changed');
  leaf.rule = rule;
  return framework;
}

describe('rule parameter form (drafts)', () => {
  it.each(RULE_KINDS.map((entry) => entry.kind).filter((kind) => kind !== 'veto'))(
    'produces a valid %s rule from the default form',
    (kind) => {
      const rule = ruleFromDraft({ ...emptyDraft(kind, '40'), source: 'measure:execution_rate' });
      expect(rule.kind).toBe(kind);
      const errors = validateFramework(withRule(rule)).filter((problem) => problem.severity === 'error');
      expect(errors).toEqual([]);
    },
  );

  it('produces a valid veto rule (on a scoring point of weight 0)', () => {
    const framework = withRule(ruleFromDraft(emptyDraft('veto')));
    const leaf = framework.indicators[0]?.children?.[0];
    if (leaf) leaf.weight = '0';
    const parent = framework.indicators[0];
    if (parent?.children?.[1]) parent.children[1].weight = '60';
    const errors = validateFramework(framework).filter((problem) => problem.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('keeps only the fields of the chosen kind', () => {
    expect(ruleFromDraft({ ...emptyDraft('deductions'), perFinding: '0.5', maxDeduction: '' })).toEqual({
      kind: 'deductions',
      source: { observed: true },
      perFinding: '0.5',
    });
    expect(ruleFromDraft({ ...emptyDraft('yes_no'), yesPoints: ' 3 ' })).toEqual({
      kind: 'yes_no',
      yesPoints: '3',
    });
    expect(ruleFromDraft({ ...emptyDraft('ratio'), source: 'figure:done', targetValue: 28 })).toEqual({
      kind: 'ratio',
      source: { figure: 'done' },
      target: 28,
      direction: 'higher_is_better',
    });
    expect(
      ruleFromDraft({ ...emptyDraft('proportional'), source: 'observed', of: 'figure:planned' }),
    ).toEqual({
      kind: 'proportional',
      source: { observed: true },
      of: { figure: 'planned' },
    });
  });

  it('writes open band bounds as absent and inclusive flags only with a bound', () => {
    const rule = ruleFromDraft({
      ...emptyDraft('bands'),
      bands: [
        { min: null, minInclusive: true, max: 0.1, maxInclusive: true, points: '4' },
        { min: 0.1, minInclusive: false, max: null, maxInclusive: true, points: '0' },
      ],
    });
    expect(rule).toEqual({
      kind: 'bands',
      source: { observed: true },
      bands: [
        { max: 0.1, maxInclusive: true, points: '4' },
        { min: 0.1, minInclusive: false, points: '0' },
      ],
    });
  });

  it('reads every rule of the test framework back unchanged', () => {
    for (const rule of [
      { kind: 'linear', source: { measure: 'execution_rate' }, zeroAt: 1.2, fullAt: 1 },
      {
        kind: 'step',
        source: { observed: true },
        threshold: 0.1,
        direction: 'above',
        step: 0.01,
        perStep: '0.1',
        rounding: 'up',
        maxDeduction: '1',
      },
      { kind: 'threshold', source: { figure: 'x' }, comparator: '<=', value: 1 },
      { kind: 'levels', levels: [{ key: 'a', label: '达成', rate: '1' }] },
      { kind: 'judgement' },
    ] satisfies ScoringRule[]) {
      expect(ruleFromDraft(draftFromRule(rule))).toEqual(rule);
    }
  });
});
