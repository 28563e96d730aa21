import { describe, expect, it } from 'vitest';
import { parseFramework } from './parse-framework';
import { adjustmentRate, framework, leaf, observed, parent } from './spec-helpers';

const sound = framework(
  [
    parent('1', '60', [
      leaf('1.1', '30', {
        kind: 'bands',
        source: { measure: 'adjustment_rate' },
        bands: [
          { max: 0.1, maxInclusive: true, points: '30' },
          { min: 0.1, minInclusive: false, points: '10' },
        ],
      }),
      leaf('1.2', '30', {
        kind: 'step',
        source: observed,
        threshold: 0.1,
        direction: 'above',
        step: 0.01,
        perStep: '1',
        rounding: 'up',
      }),
    ]),
    { ...leaf('2', '40', { kind: 'yes_no', yesPoints: '40' }), explanation: '解释', standard: '标准' },
  ],
  [adjustmentRate],
);

const codes = (json: unknown) => parseFramework(json).problems.map((p) => p.code);

describe('parseFramework', () => {
  it('round-trips a sound framework through JSON', () => {
    expect(parseFramework(JSON.parse(JSON.stringify(sound)))).toEqual({ framework: sound, problems: [] });
  });

  it('refuses unknown rule kinds and wrong types, with the path', () => {
    const json = JSON.parse(JSON.stringify(sound)) as {
      indicators: { weight: unknown; rule?: { kind: string } }[];
    };
    const [first, second] = json.indicators;
    if (first === undefined || second?.rule === undefined) throw new Error('fixture');
    first.weight = 60;
    second.rule.kind = 'magic';
    const result = parseFramework(json);
    expect(result.framework).toBeNull();
    expect(result.problems.map((p) => p.code)).toEqual(['parse.wrong_type', 'rule.unknown_kind']);
    expect(result.problems[0]?.message).toContain('$.indicators[0].weight');
  });

  it('refuses non-objects, missing fields and a framework with validation errors', () => {
    expect(codes(null)).toEqual(['parse.not_object']);
    expect(codes({ ...sound, gradeScale: undefined })).toEqual(['parse.not_object']);
    const keyless: Partial<typeof sound> = { ...sound };
    delete keyless.key;
    expect(codes(keyless)).toEqual(['parse.missing_field']);
    const duplicated = { ...sound, indicators: [...sound.indicators, leaf('2', '0', { kind: 'yes_no' })] };
    expect(parseFramework(duplicated).framework).toBeNull();
    expect(codes(duplicated)).toContain('ids.duplicate');
  });
});
