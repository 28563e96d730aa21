import { describe, expect, it } from 'vitest';
import { BUILTIN_FRAMEWORKS, CAOJIAWAN_2023_FIXTURE, ZHONGSHAN_2024_FIXTURE } from './builtin';
import { evaluate } from './evaluate';
import type { Figures, Observations } from './evaluation.model';
import { validateFramework } from './validate-framework';
import { validateScoringInputs } from './validate-inputs';
import type { Framework } from './framework.model';
import { renderMessage } from '../messages/render';

/** A code as programs write it: `final_budget`, `as_required`, `zero_denominator`. */
const CODE = /\b[a-z]+(?:_[a-z0-9]+)+\b/g;
const LOCALES = ['zh-CN', 'en-US'] as const;

function codesIn(texts: readonly string[]): string[] {
  return [...new Set(texts.flatMap((text) => text.match(CODE) ?? []))];
}

const cases: [string, Framework, Figures, Observations][] = [];
for (const [framework, fixture] of [
  [BUILTIN_FRAMEWORKS[0], ZHONGSHAN_2024_FIXTURE],
  [BUILTIN_FRAMEWORKS[1], CAOJIAWAN_2023_FIXTURE],
] as const) {
  if (!framework) throw new Error('built-ins changed');
  const zeros = Object.fromEntries(Object.keys(fixture.figures).map((key) => [key, 0]));
  cases.push(
    [`${framework.key}, the report's inputs`, framework, fixture.figures, fixture.observations],
    [`${framework.key}, nothing entered`, framework, {}, {}],
    [`${framework.key}, every figure 0`, framework, zeros, fixture.observations],
  );
}

describe('messages name things, never show codes (zh-CN and en-US)', () => {
  it.each(cases)('engine explanations: %s', (_, framework, figures, observations) => {
    const result = evaluate(framework, figures, observations, {});
    for (const locale of LOCALES) {
      const texts = [
        ...result.nodes.map((node) => renderMessage(node.detail, locale)),
        ...result.measures.map((measure) => renderMessage(measure.detail, locale)),
      ];
      expect(codesIn(texts)).toEqual([]);
    }
  });

  it('a missing figure is named in the reader’s language, with its unit', () => {
    const framework = BUILTIN_FRAMEWORKS[0];
    if (!framework) throw new Error('built-ins changed');
    const measure = evaluate(framework, {}, {}, {}).measures.find(
      (m) => m.unscored?.kind === 'missing_figure',
    );
    if (!measure) throw new Error('no measure without figures');
    expect(renderMessage(measure.detail, 'zh-CN')).toMatch(/缺少数据 .*（万元）/);
    expect(renderMessage(measure.detail, 'en-US')).toMatch(/missing figures .*\(10k CNY\)/);
    expect(renderMessage(measure.detail, 'zh-CN')).toContain('、');
  });

  it('validator messages name levels by their label and figures by their name', () => {
    const framework = structuredClone(BUILTIN_FRAMEWORKS[0]);
    if (!framework) throw new Error('built-ins changed');
    const leaf = framework.indicators
      .flatMap(function all(node): typeof framework.indicators {
        return [node, ...(node.children ?? []).flatMap(all)];
      })
      .find(
        (node) =>
          node.rule?.kind === 'levels' && node.rule.levels.some((level) => level.key === 'as_required'),
      );
    if (leaf?.rule?.kind !== 'levels') throw new Error('no as_required level');
    const level = leaf.rule.levels.find((candidate) => candidate.key === 'as_required');
    if (!level) throw new Error('no as_required level');
    level.rate = '1.5';
    const problems = [
      ...validateFramework(framework),
      ...validateScoringInputs(framework, { final_budget: 'x' } as unknown as Figures, {}),
    ].filter((problem) => problem.severity === 'error');
    expect(problems.length).toBeGreaterThanOrEqual(2);
    for (const locale of LOCALES) {
      const texts = problems.map((problem) =>
        renderMessage({ code: problem.code, params: problem.params }, locale),
      );
      expect(codesIn(texts)).toEqual([]);
      expect(texts.join(' ')).toContain(level.label);
    }
  });
});
