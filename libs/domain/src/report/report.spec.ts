import { describe, expect, it } from 'vitest';
import { consistencyReport, evaluate } from '../scoring';
import { ZHONGSHAN_2024_FIXTURE as fixture } from '../scoring/builtin/zhongshan-2024.fixture';
import { ZHONGSHAN_2024_FRAMEWORK as framework } from '../scoring/builtin/zhongshan-2024.framework';
import type { DocumentBlock, DocumentTable, ReportDocument } from './report-document';
import { reportDocumentOf } from './report-document-of';
import { gatePasses, reportGate } from './report-gate';
import type { ReportFacts, ReportModel } from './report-model';
import { deductionRows, reportModelOf, type IndicatorWriting } from './report-model-of';

const facts: ReportFacts = {
  evaluationTitle: '昌吉市人民政府中山路街道办事处2024年度部门整体支出绩效评价',
  unitName: '昌吉市人民政府中山路街道办事处',
  bureauName: '昌吉市财政局',
  firmName: '新疆大学',
  fiscalYear: 2024,
  reportDate: '2025-07-15',
  fundsInScope: '4184.69',
  history: [
    { key: 'commissioned', label: '接受委托', date: '2025-06-20' },
    { key: 'fieldwork_started', label: '开展现场评价', date: '2025-06-25' },
  ],
};

/** Seed 1 scored by its rules, the three 酌情 indicators as the report scores them: 93.35 / 优. */
const judgements = Object.fromEntries(
  ['2.4.1', '4.1.1', '4.2.1'].flatMap((id) => {
    const override = fixture.overrides[id];
    return override === undefined ? [] : [[id, override]];
  }),
);
const result = evaluate(framework, fixture.figures, fixture.observations, judgements);

function writingsFor(model: ReportModel): IndicatorWriting[] {
  return deductionRows(model.scores.indicators).map((row) => ({
    indicatorId: row.id,
    findings: `${row.name}完成情况`,
    deductionReason: `${row.name}扣分原因`,
  }));
}

function seedModel(): ReportModel {
  const first = reportModelOf({ framework, result, figures: fixture.figures, writings: [], facts });
  return reportModelOf({ framework, result, figures: fixture.figures, writings: writingsFor(first), facts });
}

const blocks = (document: ReportDocument): DocumentBlock[] =>
  document.sections.flatMap((section) => section.blocks);
const table = (document: ReportDocument, anchor: string): DocumentTable => {
  const found = blocks(document).find(
    (block): block is DocumentTable => block.kind === 'table' && block.anchor === anchor,
  );
  if (found === undefined) throw new Error(`no table ${anchor}`);
  return found;
};
const codes = (model: ReportModel, severity = 'blocking') =>
  reportGate(model, result)
    .filter((entry) => entry.severity === severity)
    .map((entry) => [entry.code, entry.anchor]);

describe('the report of seed 1', () => {
  const model = seedModel();
  const document = reportDocumentOf(model);

  it('follows seed 1’s outline', () => {
    const level1 = blocks(document).filter((block) => block.kind === 'heading' && block.level === 1);
    expect(level1.map((block) => (block.kind === 'heading' ? block.text : ''))).toEqual([
      '摘要',
      '一、部门概况',
      '二、绩效评价组织情况',
      '三、绩效评价综合情况及结论',
      '四、绩效评价情况分析',
      '五、主要绩效',
      '六、存在问题及原因分析',
      '七、针对问题提出的建议',
      '八、其他需说明的问题',
      '附件1：部门整体支出绩效评价指标体系打分表',
      '附件2：绩效评价报告主管部门意见反馈表',
    ]);
    expect(document.cover.lines.map((line) => line.value)).toEqual([
      '昌吉市财政局',
      facts.unitName,
      '新疆大学',
    ]);
    expect(document.cover.date).toBe('2025年7月15日');
    expect(document.sections.map((section) => section.orientation)).toEqual([
      'portrait',
      'landscape',
      'portrait',
    ]);
  });

  it('has a 三 table and a 附件1 that agree with each other and with the rule-based result', () => {
    const level1 = table(document, 'table:level1');
    expect(level1.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['前期决策', '20', '17.35', '86.75%'],
      ['过程管理', '43', '41', '95.35%'],
      ['产出', '24', '22', '91.67%'],
      ['效益', '13', '13', '100.00%'],
      ['合计', '100', '93.35', '优'],
    ]);
    const appendix = table(document, 'table:appendix1');
    const scoreOf = new Map(appendix.rows.map((row) => [row[0]?.text, row[5]?.text]));
    for (const node of result.nodes) expect(scoreOf.get(node.id)).toBe(node.final ?? '—');
    for (const row of result.level1) expect(scoreOf.get(row.id)).toBe(row.score);
    const last = appendix.rows.at(-1) ?? [];
    expect(last.map((cell) => cell.text)).toEqual(['合计', '100', '', '93.35', '评价等级：优']);
    expect(appendix.note).toContain('优（90分及以上）');
  });

  it('renders the work process from the real dates and 四 per level-1 family with each indicator’s findings', () => {
    const texts = blocks(document).flatMap((block) =>
      block.kind === 'paragraph' ? [block.runs.map((run) => run.text).join('')] : [],
    );
    expect(texts).toContain('2025年6月20日，接受委托。');
    expect(texts.some((text) => text.includes('财务合规性完成情况') || text.includes('完成情况'))).toBe(true);
    for (const family of ['1', '2', '3', '4'])
      expect(table(document, `table:family-${family}`).rows.length).toBeGreaterThan(0);
  });

  it('starts 六 from the deductions, one problem each with its reason', () => {
    const deducted = deductionRows(model.scores.indicators).map((row) => row.id);
    expect(deducted).toEqual(['1.1.1.2', '1.2.2', '2.1.1', '3.1.3']);
    expect(model.narrative.problems.map((problem) => problem.indicatorIds[0])).toEqual(deducted);
    expect(model.narrative.problems.every((problem) => problem.text.endsWith('扣分原因'))).toBe(true);
  });

  it('resolves placeholders into runs marked with their key', () => {
    const written: ReportModel = {
      ...model,
      narrative: {
        ...model.narrative,
        slots: { abstract: '预算执行率为{{measure.budget_execution_rate}}，综合得分{{total}}分。' },
      },
    };
    const paragraph = blocks(reportDocumentOf(written)).find(
      (block) => block.kind === 'paragraph' && block.anchor === 'slot:abstract',
    );
    expect(paragraph?.kind === 'paragraph' ? paragraph.runs : []).toEqual([
      { text: '预算执行率为' },
      { text: '100.00%', placeholder: 'measure.budget_execution_rate' },
      { text: '，综合得分' },
      { text: '93.35', placeholder: 'total' },
      { text: '分。' },
    ]);
  });

  it('lists the overrides in 八(一): a judged (酌情) score as judged, an adjusted one with its rule score', () => {
    const texts = blocks(reportDocumentOf(seedModel()))
      .filter((block) => block.kind === 'paragraph' && (block.anchor ?? '').startsWith('override:'))
      .map((block) => (block.kind === 'paragraph' ? block.runs.map((run) => run.text).join('') : ''));
    expect(texts).toContain('2.4.1 资产管理安全性：评分规则不适用，经专业判断评为5分，理由：报告所列得分。');
    const adjusted = reportModelOf({
      framework,
      result: evaluate(framework, fixture.figures, fixture.observations, {
        ...judgements,
        '3.1.3': { score: '5', reason: '已通过初验。' },
      }),
      figures: fixture.figures,
      writings: [],
      facts,
    });
    expect(
      blocks(reportDocumentOf(adjusted)).flatMap((block) =>
        block.kind === 'paragraph' && block.anchor === 'override:3.1.3'
          ? [block.runs.map((run) => run.text).join('')]
          : [],
      ),
    ).toEqual(['3.1.3 政府绩效落实：按评分规则得4分，调整为5分，理由：已通过初验。']);
  });

  it('offers seed 2’s summary table as an option', () => {
    const summary = table(
      reportDocumentOf({ ...model, options: { ...model.options, summaryTable: true } }),
      'table:summary',
    );
    expect(summary.rows.map((row) => row[1]?.text)).toEqual([
      facts.evaluationTitle,
      '93.35',
      '优',
      '4184.69',
      '100.00%',
    ]);
  });
});

describe('the consistency gate', () => {
  it('passes the generated report', () => {
    const model = seedModel();
    expect(codes(model)).toEqual([]);
    expect(gatePasses(reportGate(model, result))).toBe(true);
  });

  it('blocks a missing deduction reason, at the indicator', () => {
    const model = reportModelOf({ framework, result, figures: fixture.figures, writings: [], facts });
    const first = deductionRows(model.scores.indicators)[0];
    expect(codes(model)).toContainEqual(['report.gate.deduction_reason_missing', `indicator:${first?.id}`]);
  });

  it('blocks a deduction neither in 六 nor waived; a waiver with a reason lets it pass', () => {
    const model = seedModel();
    const [dropped, ...kept] = model.narrative.problems;
    const id = dropped?.indicatorIds[0] ?? '';
    const without = { ...model, narrative: { ...model.narrative, problems: kept } };
    expect(codes(without)).toEqual([['report.gate.deduction_not_in_problems', 'chapter:problems']]);
    const waived = {
      ...without,
      narrative: { ...without.narrative, waivers: { [id]: '已在上年报告中说明' } },
    };
    expect(codes(waived)).toEqual([]);
  });

  it('blocks an unresolved placeholder, at its slot', () => {
    const model = seedModel();
    const written = {
      ...model,
      narrative: { ...model.narrative, slots: { performance: '执行率{{measure.no_such}}' } },
    };
    expect(codes(written)).toEqual([['report.gate.placeholder_unresolved', 'slot:performance']]);
    expect(reportGate(written, result)[0]?.message).toBe(
      '占位符 {{measure.no_such}} 无法取值（没有这项数据）',
    );
  });

  it('blocks a hand-edited total and grade', () => {
    const model = seedModel();
    const edited = { ...model, scores: { ...model.scores, total: '95.4' } };
    expect(codes(edited)).toEqual([
      ['report.gate.total_differs', 'table:level1'],
      ['report.gate.total_not_sum', 'table:level1'],
    ]);
    const regraded = { ...model, scores: { ...model.scores, grade: '良' } };
    expect(codes(regraded).map(([code]) => code)).toEqual([
      'report.gate.grade_differs',
      'report.gate.grade_not_of_total',
    ]);
  });

  it('blocks an indicator score edited in the snapshot', () => {
    const model = seedModel();
    const indicators = model.scores.indicators.map((row) =>
      row.id === '3.1.3' ? { ...row, score: '6' } : row,
    );
    expect(codes({ ...model, scores: { ...model.scores, indicators } })).toContainEqual([
      'report.gate.score_differs',
      'indicator:3.1.3',
    ]);
  });

  it('lists the departures seed 1 contains when the report’s own scores are entered as overrides', () => {
    const overridden = evaluate(framework, fixture.figures, fixture.observations, fixture.overrides);
    const model = reportModelOf({
      framework,
      result: overridden,
      figures: fixture.figures,
      writings: [],
      facts,
    });
    const departures = reportGate(model, overridden).filter(
      (entry) => entry.code === 'report.gate.override_departs',
    );
    const expected = consistencyReport(framework, overridden, fixture.overrides).findings.filter(
      (finding) => finding.kind === 'override_departs',
    );
    expect(departures.map((entry) => entry.anchor)).toEqual(
      expected.map((finding) => (finding.kind === 'override_departs' ? `indicator:${finding.nodeId}` : '')),
    );
    expect(departures.map((entry) => entry.anchor)).toEqual(['indicator:1.1.1.2', 'indicator:3.1.3']);
    expect(departures[0]?.message).toBe(
      '指标 1.1.1.2「资金调整、调剂规范性」按评分规则得 2.35 分，报告采用 2.4 分（理由：报告所列得分）',
    );
    expect(overridden.total).toBe('95.4');
  });

  it('blocks an override the snapshot does not list', () => {
    const overridden = evaluate(framework, fixture.figures, fixture.observations, fixture.overrides);
    const model = seedModel();
    expect(codes(model).length).toBe(0);
    const blocking = reportGate(model, overridden).filter(
      (entry) => entry.code === 'report.gate.override_not_listed',
    );
    expect(blocking.map((entry) => entry.anchor)).toContain('indicator:3.1.3');
  });

  it('blocks a total typed by hand that differs from the data', () => {
    const model = seedModel();
    const slots = { conclusion: '综合得分95.4分，评价等级为优。' };
    expect(codes({ ...model, narrative: { ...model.narrative, slots } })).toEqual([
      ['report.gate.typed_figure_differs', 'slot:conclusion'],
    ]);
  });

  it('warns about a typed figure that differs from the data, not about one that agrees or a longer label', () => {
    const model = seedModel();
    const slots = {
      abstract: '预算执行率为98%，综合得分93.35分，前期决策得分率为86.75%。',
      conclusion: '预算执行率{{measure.budget_execution_rate}}。',
    };
    const warnings = reportGate({ ...model, narrative: { ...model.narrative, slots } }, result).filter(
      (entry) => entry.code === 'report.gate.typed_figure_differs',
    );
    expect(warnings.map((entry) => [entry.anchor, entry.message])).toEqual([
      ['slot:abstract', '正文中「预算执行率」后写的是 98，数据为 100.00%；请改用占位符'],
    ]);
  });
});
