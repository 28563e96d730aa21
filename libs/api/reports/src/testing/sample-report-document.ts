import type { DocumentBlock, DocumentCell, DocumentTable, ReportDocument } from '@jixiao/domain';

import {
  fromHundredths,
  hundredths,
  rate,
  SAMPLE_INDICATORS,
  type SampleIndicator,
} from './sample-indicators';
import { SEED_PARAGRAPHS } from './sample-report-text';

/**
 * A seed-1-sized report (≈40 pages): 30 indicators, 6 tables in the body, headings of all four levels,
 * a landscape 附件1 with the full scoring table and a portrait 附件2. Scores are decimal strings summed in
 * integer hundredths, so every total in it agrees with its rows.
 */
const UNIT = '昌吉市人民政府中山路街道办事处';
const FAMILIES = ['决策', '过程', '产出', '效益'] as const;
const FAMILY_TITLES = {
  决策: '（一）部门整体前期决策情况',
  过程: '（二）部门整体过程管理情况',
  产出: '（三）部门整体产出情况',
  效益: '（四）部门整体效益情况',
} as const;
const CHINESE = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

let anchorCount = 0;
const nextAnchor = (prefix: string) => `${prefix}-${(anchorCount += 1)}`;

const heading = (level: 1 | 2 | 3 | 4, text: string): DocumentBlock => ({
  kind: 'heading',
  level,
  text,
  anchor: nextAnchor('h'),
});
const paragraph = (text: string, placeholder?: string): DocumentBlock => ({
  kind: 'paragraph',
  indent: true,
  align: 'justify',
  runs: [{ text, placeholder }],
});
const seedText = (index: number): DocumentBlock =>
  paragraph(SEED_PARAGRAPHS[index % SEED_PARAGRAPHS.length] ?? '');
const seedTexts = (from: number, count: number): DocumentBlock[] =>
  Array.from({ length: count }, (_, i) => seedText(from + i));

const cell = (text: string, extra: Partial<DocumentCell> = {}): DocumentCell => ({ text, ...extra });
const number = (text: string, placeholder?: string): DocumentCell => ({ text, align: 'center', placeholder });

const sum = (indicators: readonly SampleIndicator[], key: 'weight' | 'score'): string =>
  fromHundredths(indicators.reduce((total, indicator) => total + hundredths(indicator[key]), 0));

export const SAMPLE_TOTAL_SCORE = sum(SAMPLE_INDICATORS, 'score');
export const SAMPLE_GRADE = '优';

const budgetTable = (
  caption: string,
  firstColumn: string,
  rows: readonly [string, string, string, string][],
): DocumentTable => ({
  kind: 'table',
  anchor: nextAnchor('t'),
  caption,
  unit: '单位：万元',
  header: [[cell(firstColumn), cell('年初预算数'), cell('全年预算数'), cell('决算数')]],
  rows: rows.map(([item, ...figures]) => [cell(item), ...figures.map((figure) => number(figure))]),
  widths: [4, 2, 2, 2],
});

const INCOME: [string, string, string, string][] = [
  ['一、一般公共预算财政拨款收入', '3453.26', '4173.05', '4173.05'],
  ['二、政府性基金预算财政拨款收入', '0.00', '4.92', '4.92'],
  ['三、国有资本经营预算财政拨款收入', '3.62', '6.72', '6.72'],
  ['四、上级补助收入', '0.00', '0.00', '0.00'],
  ['五、事业收入', '0.00', '0.00', '0.00'],
  ['年初结转和结余', '135.18', '0.00', '0.00'],
  ['本年收入合计', '3592.06', '4184.69', '4184.69'],
];

const summaryTable = (): DocumentTable => ({
  kind: 'table',
  anchor: 'table-summary',
  caption: '表2 部门整体支出绩效评价指标得分情况汇总表',
  header: [[cell('评价指标'), cell('权重'), cell('得分'), cell('得分率')]],
  rows: [
    ...FAMILIES.map((family) => {
      const members = SAMPLE_INDICATORS.filter((indicator) => indicator.level1 === family);
      const [weight, score] = [sum(members, 'weight'), sum(members, 'score')];
      return [
        cell(family, { align: 'center' }),
        number(weight),
        number(score, `score.${family}`),
        number(rate(score, weight)),
      ];
    }),
    [
      cell('合计', { align: 'center', bold: true }),
      number('100.00'),
      number(SAMPLE_TOTAL_SCORE, 'score.total'),
      number(rate(SAMPLE_TOTAL_SCORE, '100.00')),
    ],
  ],
  widths: [3, 2, 2, 2],
});

/** Rows of one family with the level-1 and level-2 names spanning their rows (covered cells left out). */
function spannedRows(
  indicators: readonly SampleIndicator[],
  tail: (indicator: SampleIndicator) => DocumentCell[],
): DocumentCell[][] {
  return indicators.map((indicator, index) => {
    const firstOfLevel1 = index === 0 || indicators[index - 1]?.level1 !== indicator.level1;
    const firstOfLevel2 = firstOfLevel1 || indicators[index - 1]?.level2 !== indicator.level2;
    const level1Rows = indicators.filter((other) => other.level1 === indicator.level1).length;
    const level2Rows = indicators.filter(
      (o) => o.level1 === indicator.level1 && o.level2 === indicator.level2,
    ).length;
    return [
      ...(firstOfLevel1 ? [cell(indicator.level1, { rowSpan: level1Rows, align: 'center' })] : []),
      ...(firstOfLevel2 ? [cell(indicator.level2, { rowSpan: level2Rows, align: 'center' })] : []),
      cell(indicator.name),
      ...tail(indicator),
    ];
  });
}

const familyTable = (family: (typeof FAMILIES)[number], index: number): DocumentTable => {
  const members = SAMPLE_INDICATORS.filter((indicator) => indicator.level1 === family);
  const [weight, score] = [sum(members, 'weight'), sum(members, 'score')];
  return {
    kind: 'table',
    anchor: `table-family-${index}`,
    caption: `表${index + 3} 部门整体${family}指标得分情况`,
    header: [
      [cell('一级指标'), cell('二级指标'), cell('三级指标'), cell('权重（%）'), cell('得分'), cell('得分率')],
    ],
    rows: [
      ...spannedRows(members, (indicator) => [
        number(indicator.weight),
        number(indicator.score),
        number(rate(indicator.score, indicator.weight)),
      ]),
      [
        cell('小计', { colSpan: 3, align: 'center', bold: true }),
        number(weight),
        number(score),
        number(rate(score, weight)),
      ],
    ],
    widths: [2, 2, 3.2, 1.6, 1.4, 1.6],
  };
};

function familyAnalysis(family: (typeof FAMILIES)[number], index: number): DocumentBlock[] {
  const members = SAMPLE_INDICATORS.filter((indicator) => indicator.level1 === family);
  const level2Names = [...new Set(members.map((indicator) => indicator.level2))];
  return [
    heading(2, FAMILY_TITLES[family]),
    paragraph(
      `部门整体${family}主要从${level2Names.join('、')}等方面进行评价，指标分值权重为${sum(members, 'weight')}分，评价得分${sum(members, 'score')}分，得分率为${rate(sum(members, 'score'), sum(members, 'weight'))}。`,
    ),
    familyTable(family, index),
    ...level2Names.flatMap((level2, level2Index) => [
      heading(3, `${level2Index + 1}. ${level2}`),
      ...members
        .filter((indicator) => indicator.level2 === level2)
        .flatMap((indicator, indicatorIndex) => [
          heading(4, `（${indicatorIndex + 1}）${indicator.name}`),
          seedText(indicatorIndex * 7 + level2Index * 3 + index),
          paragraph(
            `${indicator.deductionReason}此项应得分${indicator.weight}分，实际得分${indicator.score}分。`,
            `indicator.${indicator.name}.score`,
          ),
        ]),
    ]),
  ];
}

function scoringTable(): DocumentTable {
  const tail = (indicator: SampleIndicator): DocumentCell[] => [
    number(indicator.weight),
    cell(indicator.explanation),
    cell(indicator.standard),
    number(indicator.score),
    number(rate(indicator.score, indicator.weight)),
    cell(SEED_PARAGRAPHS[hundredths(indicator.weight) % SEED_PARAGRAPHS.length]?.slice(0, 90) ?? ''),
    cell(indicator.deductionReason || '无'),
  ];
  return {
    kind: 'table',
    anchor: 'appendix-1-table',
    caption: `${UNIT}部门整体支出绩效评价指标体系打分表`,
    header: [
      [
        cell('评价指标', { colSpan: 4 }),
        cell('指标解释', { rowSpan: 2 }),
        cell('评分标准', { rowSpan: 2 }),
        cell('得分', { rowSpan: 2 }),
        cell('得分率', { rowSpan: 2 }),
        cell('完成情况', { rowSpan: 2 }),
        cell('扣分原因', { rowSpan: 2 }),
      ],
      [cell('一级指标'), cell('二级指标'), cell('三级指标'), cell('权重（%）')],
    ],
    rows: [
      ...spannedRows(SAMPLE_INDICATORS, tail),
      [
        cell('合计', { colSpan: 3, align: 'center', bold: true }),
        number('100.00'),
        cell('累计得分', { colSpan: 2, align: 'center' }),
        number(SAMPLE_TOTAL_SCORE, 'score.total'),
        number(rate(SAMPLE_TOTAL_SCORE, '100.00')),
        cell('', { colSpan: 2 }),
      ],
      [
        cell('', { colSpan: 4 }),
        cell('评价等级', { colSpan: 2, align: 'center' }),
        cell(SAMPLE_GRADE, { colSpan: 2, align: 'center', placeholder: 'grade' }),
        cell('', { colSpan: 2 }),
      ],
      [
        cell('备注说明', { colSpan: 4, align: 'center' }),
        cell('评价分四个等级，分别为：优（得分≥90），良（90>得分≥80），中（80>得分≥60），差（得分<60）', {
          colSpan: 6,
        }),
      ],
    ],
    widths: [1.3, 1.5, 2.0, 1.8, 3.6, 4.4, 1.5, 2.4, 4.3, 2.4],
  };
}

const feedbackTable = (): DocumentTable => ({
  kind: 'table',
  anchor: 'appendix-2-table',
  caption: '绩效评价报告主管部门意见反馈表',
  header: [[cell('项目名称'), cell(`${UNIT}部门整体绩效评价`, { colSpan: 3 })]],
  rows: [
    [cell('评价时间范围'), cell('2024年1月—2024年12月'), cell('绩效评价时间'), cell('2025年6月—2025年7月')],
    [cell('评价机构'), cell('新疆大学'), cell('联系人及联系方式'), cell('马健')],
    [cell('主管部门'), cell(UNIT), cell('联系人及联系方式'), cell('回文倩')],
    [cell('主管部门意见'), cell('无意见。\n\n\n', { colSpan: 3 })],
    [cell('主管部门签章确认'), cell('\n\n主管部门（盖章）\n年  月  日', { colSpan: 3, align: 'right' })],
  ],
  widths: [2, 3, 2, 3],
  note: '注：本表内容不够填写时可另附纸。',
});

const numberedSection = (
  n: number,
  title: string,
  subtitles: readonly string[],
  from: number,
): DocumentBlock[] => [
  heading(1, `${CHINESE[n - 1]}、${title}`),
  ...subtitles.flatMap((subtitle, i) => [
    heading(2, `（${CHINESE[i]}）${subtitle}`),
    ...seedTexts(from + i * 2, 1),
  ]),
];

export function sampleReportDocument(): ReportDocument {
  anchorCount = 0;
  const title = `${UNIT}2024年度部门整体支出绩效评价报告`;
  const body: DocumentBlock[] = [
    heading(1, '摘要'),
    ...seedTexts(0, 4),
    paragraph(
      `${UNIT}部门整体支出绩效评价得分为${SAMPLE_TOTAL_SCORE}分，评价等级为“${SAMPLE_GRADE}”。`,
      'score.total',
    ),
    heading(1, '一、部门概况'),
    heading(2, '（一）部门主要职能'),
    ...seedTexts(4, 4),
    heading(2, '（二）机构设置与人员情况'),
    ...seedTexts(8, 4),
    heading(2, '（三）资金安排及使用情况'),
    heading(3, '1. 财政收入情况'),
    paragraph(
      `${UNIT}2024年收入决算数为4184.69万元，其中一般公共预算财政拨款收入4173.05万元。`,
      'budget.income',
    ),
    budgetTable(`表1 ${UNIT}2024年度收入预算及决算情况表`, '项目', INCOME),
    heading(3, '2. 财政支出情况'),
    ...seedTexts(12, 2),
    ...numberedSection(
      2,
      '绩效评价组织情况',
      [
        '绩效评价目的',
        '绩效评价原则',
        '绩效评价依据',
        '绩效评价方法',
        '绩效评价指标体系及标准',
        '绩效评价工作过程',
      ],
      14,
    ),
    heading(1, '三、绩效评价综合情况及结论'),
    ...seedTexts(26, 2),
    summaryTable(),
    paragraph(
      `综上，${UNIT}部门整体支出绩效评价得分为${SAMPLE_TOTAL_SCORE}分，评价等级为“${SAMPLE_GRADE}”。`,
      'score.total',
    ),
    heading(1, '四、绩效评价情况分析'),
    ...FAMILIES.flatMap((family, index) => familyAnalysis(family, index)),
    ...numberedSection(
      5,
      '主要绩效',
      [
        '抓实风险防范化解，筑牢社会稳定防线',
        '强化党的建设，推动全面从严治党向纵深发展',
        '抓实民生保障和改善，全面推进社会事业发展',
      ],
      30,
    ),
    ...numberedSection(
      6,
      '存在问题及原因分析',
      ['预算编制论证不充分，预算调整率偏高', '预算绩效管理意识较为薄弱'],
      36,
    ),
    ...numberedSection(
      7,
      '针对问题提出的建议',
      ['加强部门预算编制论证，科学、规范预算管理与执行', '强化预算绩效管理意识，提高绩效管理水平'],
      40,
    ),
    ...numberedSection(8, '其他需说明的问题', ['关于评价责任的说明', '本次绩效评价的局限性'], 44),
  ];
  return {
    title,
    cover: {
      title,
      versionLabel: '交换意见稿',
      lines: [
        { label: '被评价单位', value: UNIT },
        { label: '委托单位', value: '昌吉市财政局' },
        { label: '评价机构', value: '新疆大学' },
      ],
      date: '2025年7月25日',
    },
    sections: [
      { orientation: 'portrait', newPage: true, blocks: body },
      {
        orientation: 'landscape',
        newPage: true,
        blocks: [heading(1, '附件1：部门整体支出绩效评价指标体系打分表'), scoringTable()],
      },
      {
        orientation: 'portrait',
        newPage: true,
        blocks: [heading(1, '附件2：绩效评价报告主管部门意见反馈表'), feedbackTable()],
      },
    ],
  };
}
