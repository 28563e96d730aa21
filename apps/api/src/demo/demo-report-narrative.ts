import type { ReportNarrative } from '@jixiao/domain';

/**
 * The demo report's narrative (the team's text per outline slot). Every figure is a live placeholder
 * (`{{key}}`), never typed, so the consistency gate finds nothing to object to; each section quotes at
 * least one.
 */
const SLOTS: Readonly<Record<string, string>> = {
  abstract:
    '受{{bureau}}委托，{{firm}}对{{unit}}{{year}}部门整体支出开展了绩效评价。评价资金规模{{funds_in_scope}}万元，预算执行率{{measure.budget_execution_rate}}。\n' +
    '经评价，{{unit}}{{year}}部门整体支出绩效评价综合得分{{total}}分，评价等级为“{{grade}}”。其中前期决策得分{{level1.1.score}}分，过程管理得分{{level1.2.score}}分，产出得分{{level1.3.score}}分，效益得分{{level1.4.score}}分。',
  'overview.functions':
    '{{unit}}是区政府的派出机关，主要负责辖区内党的建设、社区治理、民生保障、平安建设和公共服务等工作，承办上级交办的其他事项。',
  'overview.organisation':
    '{{unit}}内设党政综合办公室、社区建设办公室、民生保障办公室、平安建设办公室等机构，下设社区居委会，人员编制与实有人数相符。',
  'overview.funds':
    '{{year}}年初预算数{{figure.initial_budget}}万元，全年预算数{{figure.final_budget}}万元，决算支出数{{figure.final_accounts}}万元，预算执行率{{measure.budget_execution_rate}}。\n' +
    '其中基本支出年初预算数{{figure.basic_initial_budget}}万元，决算数{{figure.basic_final_accounts}}万元；项目支出年初预算数{{figure.project_initial_budget}}万元，决算数{{figure.project_final_accounts}}万元。',
  'organisation.purpose':
    '通过评价，全面了解{{unit}}部门整体支出的预算编制、执行和管理情况，总结经验，查找问题，提出改进建议，提高财政资金使用效益。',
  'organisation.principles': '本次评价遵循科学公正、统筹兼顾、激励约束、公开透明的原则，由{{firm}}独立开展。',
  'organisation.basis':
    '《中华人民共和国预算法》《中共中央 国务院关于全面实施预算绩效管理的意见》《项目支出绩效评价管理办法》及{{bureau}}预算绩效管理的有关规定。',
  'organisation.methods':
    '采用比较法、因素分析法和公众评判法，通过资料核查、现场勘察、座谈访谈和问卷调查收集证据，按照评价指标体系逐项评分，总分值{{total_weight}}分。',
  'organisation.indicators':
    '评价指标体系由前期决策（权重{{level1.1.weight}}分）、过程管理（权重{{level1.2.weight}}分）、产出（权重{{level1.3.weight}}分）和效益（权重{{level1.4.weight}}分）四类一级指标构成，评分标准见附件1。',
  'organisation.process':
    '{{date.commission}}，{{bureau}}下达评价委托；{{date.approve_plan}}，工作方案经审定后评价小组进驻开展资料收集与现场评价；{{date.close_fieldwork}}，完成现场评价与数据核实，转入报告撰写。',
  conclusion:
    '{{unit}}{{year}}部门整体支出绩效评价综合得分{{total}}分，评价等级为“{{grade}}”。各一级指标得分情况见下表。',
  analysis: '以下按一级指标逐类分析评价情况，各指标完成情况及扣分原因见各表后说明。',
  'analysis.1':
    '前期决策类指标权重{{level1.1.weight}}分，得分{{level1.1.score}}分，得分率{{level1.1.rate}}。预算编制总体合理，但预算编制规范性仍有欠缺。',
  'analysis.2':
    '过程管理类指标权重{{level1.2.weight}}分，得分{{level1.2.score}}分，得分率{{level1.2.rate}}。预算调整率{{measure.budget_adjustment_rate}}，结转结余率{{measure.carryover_rate}}，“三公”经费控制率{{measure.three_public_control_rate}}。',
  'analysis.3':
    '产出类指标权重{{level1.3.weight}}分，得分{{level1.3.score}}分，得分率{{level1.3.rate}}。全年完成项目{{figure.projects_completed}}个。',
  'analysis.4': '效益类指标权重{{level1.4.weight}}分，得分{{level1.4.score}}分，得分率{{level1.4.rate}}。',
  performance:
    '一是预算执行有力，预算执行率{{measure.budget_execution_rate}}；二是“三公”经费控制严格，控制率{{measure.three_public_control_rate}}；三是资产管理规范，固定资产利用率{{measure.fixed_asset_utilisation_rate}}。',
  problems: '对照评分标准，评价发现以下问题，均与附件1中的扣分一一对应。',
  recommendations:
    '（一）提高预算编制的精准度，将预算调整率（本年{{measure.budget_adjustment_rate}}）控制在合理区间，细化项目库管理，新增项目开展事前绩效评估。\n（二）规范资金调整与调剂的审批程序，严格控制年中追加。\n（三）对照绩效目标逐项落实示范创建任务，按期完成验收。',
  'other.responsibility':
    '{{unit}}对所提供资料的真实性、完整性负责；{{firm}}对评价结论负责。本报告仅供{{bureau}}预算绩效管理使用。',
  'other.limitations':
    '本次评价以{{unit}}提供的{{year}}决算报表及相关资料为依据，问卷调查样本有限，满意度结论存在一定局限性。',
};

/** 六 存在问题及原因分析: each deduction of the demo scores covered by one problem. */
const PROBLEMS: ReportNarrative['problems'] = [
  {
    title: '预算编制的精准度有待提高',
    text: '年初预算编制不够细化，年中追加较多，预算调整率{{measure.budget_adjustment_rate}}；项目库管理、新增项目事前绩效评估未在预算公开说明中体现。',
    indicatorIds: ['1.2.2', '2.1.1'],
  },
  {
    title: '资金调整、调剂程序不够规范',
    text: '部分资金调剂未履行报批程序，资金调整、调剂规范性得分{{indicator.1.1.1.2.score}}分。',
    indicatorIds: ['1.1.1.2'],
  },
  {
    title: '绩效目标落实仍有差距',
    text: '示范创建工作尚未全部通过验收，政府绩效落实得分{{indicator.3.1.3.score}}分。',
    indicatorIds: ['3.1.3'],
  },
];

/** What v2 adds to v1: the satisfaction survey was analysed after the first draft. */
const SURVEY =
  '\n评价小组发放并回收居民满意度问卷，经统计分析，居民对社区服务的满意度较高，民生和社会事业发展得分{{indicator.4.2.1.score}}分。';

/** The narrative of the first draft (初稿 v1) or of the revised one (v2, with the survey's result). */
export function demoReportNarrative(revised: boolean): ReportNarrative {
  const slots = { ...SLOTS };
  if (revised) {
    slots['analysis.4'] = `${SLOTS['analysis.4'] ?? ''}${SURVEY}`;
    slots['other.limitations'] =
      '本次评价以{{unit}}提供的{{year}}决算报表及相关资料为依据，部分项目的长期效益尚需持续观察。';
  }
  const waivers: Record<string, string> = revised
    ? {}
    : { '4.2.1': '满意度问卷尚在统计，暂按走访情况评分，待统计完成后复核，不列入存在问题。' };
  return { slots, problems: PROBLEMS.map((problem) => ({ ...problem })), waivers };
}
