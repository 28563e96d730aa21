/** The 30 indicators of the sample report (seed 1's 部门整体 system, widened to seed size), scores in decimals. */
export interface SampleIndicator {
  level1: string;
  level2: string;
  name: string;
  weight: string;
  score: string;
  explanation: string;
  standard: string;
  /** Empty when nothing was deducted. */
  deductionReason: string;
}

const EXPLAIN = '部门（单位）履行职责情况，用以反映和考核部门（单位）相关工作的规范程度与实际成效。';
const STANDARD =
  '评价要点：①相关制度健全并严格执行的，得满分；②每发现一项不符合规定的扣0.5分，扣完为止；③存在重大违规情况的，本项指标不得分。';

const indicator = (
  level1: string,
  level2: string,
  name: string,
  weight: string,
  score: string = weight,
  deductionReason = '',
): SampleIndicator => ({
  level1,
  level2,
  name,
  weight,
  score,
  explanation: EXPLAIN,
  standard: STANDARD,
  deductionReason,
});

export const SAMPLE_INDICATORS: readonly SampleIndicator[] = [
  indicator('决策', '目标设定', '绩效目标合理性', '3.00'),
  indicator('决策', '目标设定', '绩效指标明确性', '3.00'),
  indicator(
    '决策',
    '程序合理性',
    '财务合规性',
    '4.00',
    '3.40',
    '预算调整率为16.5%，超出10%的部分每一个百分点扣0.1分，扣0.6分。',
  ),
  indicator('决策', '程序合理性', '预决算信息公开', '3.00', '2.50', '部门决算公开晚于规定时限，扣0.5分。'),
  indicator('决策', '预算编制', '预算编制合理性', '4.00'),
  indicator(
    '决策',
    '预算编制',
    '预算编制规范性',
    '3.00',
    '2.00',
    '新增项目事前绩效评估未在预算公开中找到，扣1分。',
  ),
  indicator(
    '过程',
    '预算执行',
    '预算调整率',
    '4.00',
    '2.00',
    '预算调整率16.5%，处于10%–40%（含）区间，计2分。',
  ),
  indicator('过程', '预算执行', '结转结余率', '4.00'),
  indicator('过程', '预算执行', '“三公”经费控制率', '4.00'),
  indicator('过程', '预算执行', '预算执行率', '4.00'),
  indicator('过程', '预算管理', '管理制度健全性', '4.00'),
  indicator('过程', '预算管理', '资金使用合规性', '4.00'),
  indicator('过程', '预算管理', '政府采购规范性', '3.00'),
  indicator('过程', '项目管理', '项目实施程序', '4.00'),
  indicator('过程', '项目管理', '项目监管', '4.00'),
  indicator('过程', '资产管理', '资产管理安全性', '3.00'),
  indicator('过程', '资产管理', '固定资产利用率', '3.00'),
  indicator('过程', '资产管理', '资产信息公开', '2.00'),
  indicator('产出', '职责履行', '项目完成率', '5.00'),
  indicator('产出', '职责履行', '政府采购工作完成率', '4.00'),
  indicator('产出', '职责履行', '政府绩效落实', '4.00'),
  indicator('产出', '履职质量', '重点工作完成质量', '4.00'),
  indicator('产出', '履职质量', '基层治理覆盖率', '3.00'),
  indicator('产出', '履职时效', '工作完成及时性', '4.00'),
  indicator('效益', '经济效益', '产业结构优化', '2.00'),
  indicator('效益', '社会效益', '民生和社会事业发展', '3.00'),
  indicator('效益', '社会效益', '社会治理成效', '2.00'),
  indicator('效益', '可持续影响', '长效机制建设', '2.00'),
  indicator(
    '效益',
    '满意度',
    '服务对象满意度',
    '2.00',
    '1.80',
    '服务对象满意度调查结果为90%，未达到95%的目标值，扣0.2分。',
  ),
  indicator('效益', '满意度', '辖区居民满意度', '2.00'),
];

/** Decimal strings with two places ↔ integer hundredths: exact sums without floats. */
export const hundredths = (decimal: string): number => {
  const [whole = '0', fraction = ''] = decimal.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
};
export const fromHundredths = (value: number): string =>
  `${Math.trunc(value / 100)}.${String(value % 100).padStart(2, '0')}`;
/** score / weight as a percentage with two places, rounded half up, computed in integers. */
export const rate = (score: string, weight: string): string =>
  `${fromHundredths(Math.round((hundredths(score) * 10000) / hundredths(weight)))}%`;
