import { describe, expect, it } from 'vitest';
import { evaluate } from '../scoring';
import { ZHONGSHAN_2024_FIXTURE as fixture } from '../scoring/builtin/zhongshan-2024.fixture';
import { ZHONGSHAN_2024_FRAMEWORK as framework } from '../scoring/builtin/zhongshan-2024.framework';
import { scoreChanges, textChanges } from './report-diff';
import { reportModelOf } from './report-model-of';
import { checkNarrative } from './report-narrative-check';

const facts = {
  evaluationTitle: '中山路街道2024年度部门整体支出绩效评价',
  unitName: '中山路街道办事处',
  bureauName: '昌吉市财政局',
  firmName: '新疆大学',
  fiscalYear: 2024,
  reportDate: '2025-07-15',
  fundsInScope: null,
  history: [],
};
const judgements = Object.fromEntries(
  ['2.4.1', '4.1.1', '4.2.1'].flatMap((id) => (fixture.overrides[id] ? [[id, fixture.overrides[id]]] : [])),
);

describe('the difference between two versions', () => {
  const ruled = evaluate(framework, fixture.figures, fixture.observations, judgements);
  const reported = evaluate(framework, fixture.figures, fixture.observations, fixture.overrides);
  const first = reportModelOf({ framework, result: ruled, figures: fixture.figures, writings: [], facts });
  const second = reportModelOf({
    framework,
    result: reported,
    figures: fixture.figures,
    writings: [],
    facts,
    narrative: { ...first.narrative, slots: { abstract: '综合得分{{total}}分。' } },
  });

  it('shows changed scores side by side, the total and grade first', () => {
    expect(scoreChanges(first, second).slice(0, 2)).toEqual([
      { id: 'total', name: '综合得分', before: '93.35', after: '95.4' },
      { id: '1', name: '前期决策', before: '17.35', after: '17.4' },
    ]);
    expect(scoreChanges(first, second).map((change) => change.id)).toContain('3.1.3');
    expect(scoreChanges(first, first)).toEqual([]);
  });

  it('shows changed text paragraph by paragraph, under its heading', () => {
    const changes = textChanges(first, second);
    expect(changes).toContainEqual({ place: '摘要', before: null, after: '综合得分95.4分。' });
    expect(textChanges(second, second)).toEqual([]);
  });
});

describe('a narrative sent by a client', () => {
  it('is accepted when well formed', () => {
    const narrative = {
      slots: { abstract: '正文' },
      problems: [{ title: '问题', text: '原因', indicatorIds: ['1.2.2'] }],
      waivers: {},
    };
    expect(checkNarrative(narrative)).toEqual({ narrative, problems: [] });
  });

  it('names each bad field', () => {
    expect(
      checkNarrative({
        slots: { abstract: 3, other: 'x'.repeat(20001) },
        problems: [{ title: '', text: 'a', indicatorIds: [] }],
      }).problems,
    ).toEqual([
      { field: 'narrative.slots.abstract', code: 'report.narrative.not_text' },
      { field: 'narrative.slots.other', code: 'report.narrative.too_long' },
      { field: 'narrative.problems.0.title', code: 'report.narrative.not_text' },
    ]);
    expect(checkNarrative('x').narrative).toBeNull();
  });
});
