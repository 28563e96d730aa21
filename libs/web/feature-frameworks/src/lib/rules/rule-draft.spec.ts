import { validateFramework, type Framework, type ScoringRule } from '@jixiao/domain';
import { testFramework } from '../model/test-framework';
import { draftFromRule, emptyDraft, ruleFromDraft } from './rule-draft';
import { ruleFieldErrors } from './rule-field-errors';
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

  it('reads the new clauses of a rule back unchanged: |x|, between, zero-denominator verdicts, |x| of a target', () => {
    for (const rule of [
      {
        kind: 'threshold',
        source: { measure: 'change_rate', abs: true },
        comparator: 'between',
        value: -0.15,
        upper: 0.15,
      },
      {
        kind: 'threshold',
        source: { measure: 'control_rate' },
        comparator: '<=',
        value: 1,
        onZeroDenominator: { nonzero: '0', zero: '4' },
      },
      {
        kind: 'bands',
        source: { observed: true, abs: true },
        bands: [{ points: '1' }],
        onZeroDenominator: { zero: '1' },
      },
      {
        kind: 'ratio',
        source: { figure: 'done' },
        target: { figure: 'planned', abs: true },
        direction: 'lower_is_better',
      },
      { kind: 'proportional', source: { observed: true }, of: { measure: 'm', abs: true } },
    ] satisfies ScoringRule[]) {
      expect(ruleFromDraft(draftFromRule(rule))).toEqual(rule);
    }
  });

  it('states a zero-denominator verdict only for the sides filled in, and drops it when both are empty', () => {
    const base = { ...emptyDraft('linear'), source: 'measure:execution_rate' };
    expect(ruleFromDraft({ ...base, zeroDenominatorNonzero: ' 0 ' })).toMatchObject({
      onZeroDenominator: { nonzero: '0' },
    });
    expect(
      ruleFromDraft({ ...base, zeroDenominatorNonzero: ' ', zeroDenominatorZero: '' }),
    ).not.toHaveProperty('onZeroDenominator');
  });

  it('keeps the upper bound only for between, and leaves an empty one out for the validator to report', () => {
    expect(ruleFromDraft({ ...emptyDraft('threshold'), comparator: '<=', upper: 3 })).not.toHaveProperty(
      'upper',
    );
    const open = withRule(
      ruleFromDraft({ ...emptyDraft('threshold'), comparator: 'between', value: 0.1, upper: null }),
    );
    expect(validateFramework(open).map((problem) => problem.code)).toContain('threshold.range_empty');
  });
});

describe('field errors of the new rule parameters', () => {
  it('names the empty range and out-of-range verdicts next to their fields, in both languages', () => {
    const draft = {
      ...emptyDraft('threshold', '4'),
      comparator: 'between' as const,
      value: 0.2,
      upper: 0.1,
      zeroDenominatorNonzero: '5',
      zeroDenominatorZero: 'abc',
    };
    const zh = ruleFieldErrors(draft, '4', 'zh-CN');
    expect(zh.upper).toContain('0.2');
    expect(zh.zeroDenominatorNonzero).toContain('4');
    expect(zh.zeroDenominatorZero).toContain('abc');
    const en = ruleFieldErrors(draft, '4', 'en-US');
    expect(Object.values(en).every((text) => !/[\u4e00-\u9fff]/.test(text ?? ''))).toBe(true);
    expect(
      ruleFieldErrors(
        { ...draft, upper: 0.3, zeroDenominatorNonzero: '0', zeroDenominatorZero: '' },
        '4',
        'zh-CN',
      ),
    ).toEqual({});
  });
});
