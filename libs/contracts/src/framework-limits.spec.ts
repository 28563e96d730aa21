import { GRADE_SCALES, type Framework } from '@jixiao/domain';
import { describe, expect, it } from 'vitest';
import { FRAMEWORK_LIMITS, frameworkLimitProblems, limitMessage, limitPath } from './framework-limits';

function framework(): Framework {
  return {
    key: 'f',
    name: '测试指标体系',
    totalWeight: '100',
    indicators: [
      {
        id: '1',
        name: '过程',
        weight: '100',
        children: [
          { id: '1.1', name: '预算执行率', weight: '98', rule: { kind: 'judgement' } },
          { id: '1.2', name: '制度', weight: '2', rule: { kind: 'judgement' } },
        ],
      },
    ],
    measures: [],
    gradeScale: GRADE_SCALES.standard,
  };
}

const at = (f: Framework) => frameworkLimitProblems(f).map((p) => `${p.path} ${p.code}`);

describe('frameworkLimitProblems', () => {
  it('accepts a sensible framework, including a 4-decimal weight and a 0 weight (veto points)', () => {
    const f = framework();
    const [level1] = f.indicators;
    if (!level1?.children) throw new Error('fixture');
    level1.children.push({ id: '1.3', name: '否决', weight: '0', rule: { kind: 'veto' } });
    level1.children[0] = { ...level1.children[0]!, weight: '97.9999' };
    expect(frameworkLimitProblems(f)).toEqual([]);
  });

  it('refuses a weight of 99,999,999,999 under a 100-point parent, naming the limit', () => {
    const f = framework();
    f.indicators[0]!.children![1]!.weight = '99999999999';
    const problems = frameworkLimitProblems(f);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      path: limitPath.node('1.2', 'weight'),
      code: 'limit.above_parent',
      nodeId: '1.2',
    });
    expect(limitMessage(problems[0]!, 'zh-CN')).toBe('权重 99999999999 超过上级指标的权重 100');
    expect(limitMessage(problems[0]!, 'en-US')).toBe(
      'The weight 99999999999 is above the weight of the parent indicator, 100',
    );
  });

  it('refuses a level-1 weight above the total, and children of a refused parent are not judged against it', () => {
    const f = framework();
    f.indicators[0]!.weight = '5000';
    expect(at(f)).toEqual([`${limitPath.node('1', 'weight')} limit.above_total`]);
  });

  it('refuses a 560-character name and counts characters, not UTF-16 units', () => {
    const f = framework();
    f.indicators[0]!.children![0]!.name = '指'.repeat(560);
    f.name = '😀'.repeat(FRAMEWORK_LIMITS.nameLength); // 400 UTF-16 units, 200 characters: fine
    const problems = frameworkLimitProblems(f);
    expect(problems.map((p) => p.path)).toEqual([limitPath.node('1.1', 'name')]);
    expect(limitMessage(problems[0]!, 'zh-CN')).toBe('指标名称不能超过 200 个字符（现有 560 个）');
  });

  it('refuses an empty framework name and an empty indicator name', () => {
    const f = framework();
    f.name = '  ';
    f.indicators[0]!.name = '';
    expect(at(f)).toEqual([
      `${limitPath.framework('name')} limit.required`,
      `${limitPath.node('1', 'name')} limit.required`,
    ]);
  });

  it('refuses a grade bound of 200 on a 100-point system, a negative bound and too many decimals', () => {
    const f = framework();
    f.gradeScale = {
      ...f.gradeScale,
      grades: [
        { label: '优', minScore: '200' },
        { label: '良', minScore: '80.12345' },
        { label: '差', minScore: '-1' },
      ],
    };
    expect(at(f)).toEqual([
      `${limitPath.grade(0, 'minScore')} limit.above_total`,
      `${limitPath.grade(1, 'minScore')} limit.decimals`,
      `${limitPath.grade(2, 'minScore')} limit.negative`,
    ]);
    const [above] = frameworkLimitProblems(f);
    expect(limitMessage(above!, 'zh-CN')).toBe('等级下限 200 超过总分 100');
  });

  it('refuses a total of 0 or above the highest total', () => {
    const f = framework();
    f.totalWeight = '0';
    expect(at(f)).toContain(`${limitPath.framework('totalWeight')} limit.not_positive`);
    f.totalWeight = '100000';
    expect(at(f)).toContain(`${limitPath.framework('totalWeight')} limit.max`);
  });

  it('leaves values that are not decimals to the framework validator', () => {
    const f = framework();
    f.indicators[0]!.children![0]!.weight = 'abc';
    expect(frameworkLimitProblems(f)).toEqual([]);
  });
});
