import { describe, expect, it } from 'vitest';
import { ZHONGSHAN_2024_FIXTURE as fixture, ZHONGSHAN_2024_FRAMEWORK as framework } from './builtin';
import { computeMeasures } from './measures';
import { evaluate } from './evaluate';
import { validateScoringInputs } from './validate-inputs';
import {
  deductionReasonRequired,
  effectiveFigures,
  engineInputs,
  neededFigures,
  ownsObservation,
  staleReasons,
  unscoredIndicators,
  unverifiedFigures,
  type FigureEntry,
} from './workbench';

const entry = (key: string, value: string | null, more: Partial<FigureEntry> = {}): FigureEntry => ({
  key,
  value,
  verification: 'pending',
  correctedValue: null,
  ...more,
});

describe('figures as decimal strings', () => {
  it('computes the same measures from decimal strings as from numbers, exactly', () => {
    const strings = Object.fromEntries(
      Object.entries(fixture.figures).map(([key, value]) => [key, String(value)]),
    );
    expect(computeMeasures(framework.measures, strings)).toEqual(
      computeMeasures(framework.measures, fixture.figures),
    );
  });

  it('adds 0.1 and 0.2 as decimals, not floats', () => {
    const [measure] = computeMeasures(
      [
        {
          key: 'sum',
          name: '合计',
          unit: 'number',
          formula: { op: 'add', args: [{ figure: 'a' }, { figure: 'b' }] },
        },
      ],
      { a: '0.1', b: '0.2' },
    );
    expect(measure?.value).toBe(0.3);
    expect(measure?.explanation).toContain('0.1 + 0.2 = 0.3');
  });

  it('treats a string that is not a decimal as missing', () => {
    const [measure] = computeMeasures(framework.measures.slice(0, 1), {
      initial_budget: '1,000',
      final_budget: '2',
    });
    expect(measure?.unscored?.kind).toBe('missing_figure');
  });

  it('accepts decimal strings in validation only when asked, so the public scoring route is unchanged', () => {
    expect(validateScoringInputs(framework, { initial_budget: '3592.06' }, {}).map((p) => p.code)).toEqual([
      'figure.wrong_type',
    ]);
    expect(
      validateScoringInputs(framework, { initial_budget: '3592.06' }, {}, { decimalStrings: true }),
    ).toEqual([]);
    expect(
      validateScoringInputs(framework, { initial_budget: '3,592' }, {}, { decimalStrings: true }).map(
        (p) => p.code,
      ),
    ).toEqual(['figure.wrong_type']);
  });
});

describe('the figures the engine uses', () => {
  it('uses the correction when corrected, and keeps the unit’s value beside it', () => {
    const figures = effectiveFigures([
      entry('three_public_actual', '27.2', { verification: 'corrected', correctedValue: '2.72' }),
      entry('three_public_budget', '3', { verification: 'questioned' }),
      entry('staff_quota', null),
    ]);
    expect(figures).toEqual({ three_public_actual: '2.72', three_public_budget: '3' });
  });

  it('needs the figures the framework’s measures read', () => {
    const needed = neededFigures(framework);
    expect(needed).toEqual(expect.arrayContaining(['initial_budget', 'final_budget', 'three_public_actual']));
    expect(needed).not.toContain('questionnaire_issued');
  });

  it('lists needed figures not verified or corrected: missing, pending, questioned', () => {
    const unverified = unverifiedFigures(
      ['a', 'b', 'c', 'd', 'e'],
      [
        entry('a', '1', { verification: 'verified' }),
        entry('b', '1', { verification: 'corrected', correctedValue: '2' }),
        entry('c', '1', { verification: 'questioned' }),
        entry('d', '1'),
      ],
    );
    expect(unverified).toEqual(['c', 'd', 'e']);
  });
});

describe('workbench rows as engine inputs', () => {
  const rows = Object.entries(fixture.observations).map(([id, value]) => ({
    indicatorId: id,
    observations: { [id]: value },
    override: null,
    unscoredReason: null,
  }));

  it('gives the same result as the fixture’s own inputs', () => {
    const judgements = ['2.4.1', '4.1.1', '4.2.1'].map((id) => ({
      indicatorId: id,
      observations: {},
      override: fixture.overrides[id] ?? null,
      unscoredReason: null,
    }));
    const { observations, overrides } = engineInputs([...rows, ...judgements]);
    expect(observations).toEqual(fixture.observations);
    expect(evaluate(framework, fixture.figures, observations, overrides).total).toBe('93.35');
  });

  it('knows which observation keys an indicator owns', () => {
    expect(ownsObservation('1.2', '1.2')).toBe(true);
    expect(ownsObservation('1.2', '1.2#exempt')).toBe(true);
    expect(ownsObservation('1.2', '1.2#1')).toBe(true);
    expect(ownsObservation('1.2', '1.2.1')).toBe(false);
    expect(ownsObservation('1.2', '1.20')).toBe(false);
  });

  it('requires a deduction reason exactly when the final score is below the weight', () => {
    const result = evaluate(framework, fixture.figures, fixture.observations, {});
    const node = (id: string) => result.nodes.find((candidate) => candidate.id === id);
    expect(deductionReasonRequired(node('1.2.2')!)).toBe(true); // 3 of 5
    expect(deductionReasonRequired(node('1.2.1')!)).toBe(false); // 5 of 5
    expect(deductionReasonRequired(node('2.4.1')!)).toBe(false); // unscored
  });

  it('lists unscored leaves unless declared unscored (on the leaf or an ancestor)', () => {
    const result = evaluate(framework, fixture.figures, fixture.observations, {});
    expect(unscoredIndicators(framework, result, new Set()).map((u) => u.id)).toEqual([
      '2.4.1',
      '4.1.1',
      '4.2.1',
    ]);
    expect(unscoredIndicators(framework, result, new Set(['2.4.1', '4'])).map((u) => u.id)).toEqual([]);
  });
});

describe('stale stored results', () => {
  const stored = { engineVersion: '1', frameworkVersion: 2, figures: { a: '1.50' } };
  it('is current when versions match and figures are equal as decimals', () => {
    expect(staleReasons(stored, { engineVersion: '1', frameworkVersion: 2, figures: { a: 1.5 } })).toEqual(
      [],
    );
  });
  it('names every reason it differs', () => {
    expect(
      staleReasons(stored, { engineVersion: '2', frameworkVersion: 3, figures: { a: '1.5', b: '0' } }),
    ).toEqual(['engine_version', 'framework_version', 'figures']);
  });
});
