import { describe, expect, it } from 'vitest';
import { Workbook } from 'exceljs';
import { evaluate, renderMessage } from '@jixiao/domain';
import { exportBlankTemplate, exportFrameworkWorkbook, importFrameworkWorkbook } from './framework-workbook';
import { SHEETS } from './sheet-layout';

type Row = (string | number | null)[];

/** A workbook as a bureau fills it in: only the sheets and rows given. */
async function workbook(
  indicators: Row[],
  options: { measures?: Row[]; info?: Row[] } = {},
): Promise<Buffer> {
  const book = new Workbook();
  const sheet = book.addWorksheet(SHEETS.indicators);
  sheet.addRow(['编号', '指标名称', '权重', '规则类型', '数据来源', '规则参数', '免评条件', '另行扣分']);
  indicators.forEach((row) => sheet.addRow(row));
  if (options.measures) {
    const measures = book.addWorksheet(SHEETS.measures);
    measures.addRow(['key', '名称', '单位', '公式']);
    options.measures.forEach((row) => measures.addRow(row));
  }
  const grades = book.addWorksheet(SHEETS.grades);
  grades.addRow(['等级', '最低分(含)']);
  grades.addRow(['合格', 60]);
  grades.addRow(['不合格', 0]);
  const info = book.addWorksheet(SHEETS.info);
  (
    options.info ?? [
      ['指标体系名称', '某区部门整体支出绩效评价指标体系'],
      ['总权重', 100],
      ['等级方案名称', '合格制'],
    ]
  ).forEach((row) => info.addRow(row));
  return Buffer.from(await book.xlsx.writeBuffer());
}

const CHANGE_RATE: Row = [
  'change_rate',
  '预算调整率',
  '比率',
  '(final_budget - initial_budget) / initial_budget',
];

describe('workbooks as bureaus fill them in', () => {
  it('formats 编号 as text in the blank template, so "1.10" stays "1.10"', async () => {
    const book = new Workbook();
    await book.xlsx.load((await exportBlankTemplate()) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet(SHEETS.indicators);
    expect(sheet?.getColumn(1).numFmt).toBe('@');
    expect(sheet?.getCell(50, 1).numFmt).toBe('@');
  });

  it('reads bands in the reports’ own wording, with the bound each one includes', async () => {
    const preview = await importFrameworkWorkbook(
      await workbook(
        [
          [
            '1',
            '预算调整率',
            100,
            '分档',
            '指标:change_rate',
            '0-10%（含）=100; 10%-40%=60; 40%～60%（含）=20; >60%=0',
          ],
        ],
        { measures: [CHANGE_RATE] },
      ),
    );
    expect(preview.problems.filter((p) => !p.code.startsWith('warning.'))).toEqual([]);
    const rule = preview.framework?.indicators[0]?.rule;
    expect(rule?.kind === 'bands' && rule.bands).toEqual([
      { min: 0, minInclusive: true, max: 0.1, maxInclusive: true, points: '100' },
      { min: 0.1, minInclusive: false, max: 0.4, maxInclusive: true, points: '60' },
      { min: 0.4, minInclusive: false, max: 0.6, maxInclusive: true, points: '20' },
      { min: 0.6, minInclusive: false, points: '0' },
    ]);
  });

  it.each([
    ['61-100%', { min: 0.61, minInclusive: true, max: 1, maxInclusive: true }],
    ['100%以上', { min: 1, minInclusive: true }],
    ['10%（不含）以下', { max: 0.1, maxInclusive: false }],
    ['≤10%', { max: 0.1, maxInclusive: true }],
  ])('reads "%s"', async (interval, band) => {
    const preview = await importFrameworkWorkbook(
      await workbook([['1', '率', 100, '分档', '指标:change_rate', `${interval}=100`]], {
        measures: [CHANGE_RATE],
      }),
    );
    const rule = preview.framework?.indicators[0]?.rule;
    expect(rule?.kind === 'bands' && rule.bands[0]).toEqual({ ...band, points: '100' });
  });

  it('makes 计算指标 and the two codes on 说明 optional, generating the codes with a notice', async () => {
    const preview = await importFrameworkWorkbook(await workbook([['1', '制度', 100, '是否', '', '']]));
    expect(preview.framework).toMatchObject({ key: 'imported', measures: [], gradeScale: { key: 'grades' } });
    expect(preview.problems.map((p) => p.code)).toEqual(['warning.info.generated', 'warning.info.generated']);
    expect(preview.problems[0]?.message).toContain('已自动生成');
  });

  it('reports every problem in one dry run: cells, structure and weight sums', async () => {
    const preview = await importFrameworkWorkbook(
      await workbook([
        ['1', '过程', 50, '', '', ''],
        ['1.1', '预算执行率', '五', '线性', '指标:change_rate', '零分点=0.6; 满分点=1'],
        ['2', '产出', 30, '', '', ''],
        ['2.1', '完成', 20, '是否', '', ''],
        ['2.2', '质量', 5, '随便', '', ''],
      ]),
    );
    expect(preview.framework).toBeNull();
    expect(preview.problems.map((p) => `${p.sheet}!${p.row ?? ''} ${p.code}`)).toEqual(
      expect.arrayContaining([
        '指标体系!3 cell.not_number',
        '指标体系!6 rule.unknown_kind',
        '指标体系!4 weights.children_sum',
        '说明!2 weights.total',
      ]),
    );
  });

  it('reads exemptions, extra deductions, ranges, magnitudes and zero-denominator verdicts, and scores them', async () => {
    const data = await workbook(
      [
        ['1', '资金', 40, '', '', '', '', '审计、督查发现问题=1，最多5'],
        ['1.1', '专项资金', 20, '按项扣分', '观测值', '每项扣分=5', '未有专项资金的=满分', ''],
        ['1.2', '调整率', 20, '达标', '|指标:change_rate|', '<=15%', '', ''],
        ['2', '控制率', 30, '达标', '指标:control_rate', '<=1; 分母为0=0; 0/0=30', '', ''],
        ['3', '变动率', 30, '达标', '指标:change_rate', '在-15%和15%之间', '', '另发现问题=1'],
      ],
      {
        measures: [
          CHANGE_RATE,
          ['control_rate', '控制率', '比率', 'public_funds_actual / public_funds_budget'],
        ],
      },
    );
    const preview = await importFrameworkWorkbook(data);
    expect(preview.problems.filter((p) => !p.code.startsWith('warning.'))).toEqual([]);
    const framework = preview.framework;
    if (framework === null) throw new Error('not imported');
    const figures = { initial_budget: 100, final_budget: 80, public_funds_actual: 5, public_funds_budget: 0 };
    const result = evaluate(framework, figures, { '1.1#exempt': true, '1#1': 2, '3#1': 1 }, {});
    const node = (id: string) => result.nodes.find((n) => n.id === id);
    expect(node('1.1')?.final).toBe('20');
    expect(node('1.2')?.final).toBe('0');
    expect(node('1')?.final).toBe('18');
    expect(node('2')?.final).toBe('0');
    expect(node('3')?.final).toBe('0');
    expect(renderMessage(node('2')?.detail ?? { code: '' }, 'en-US')).toContain(
      'for a zero denominator: 0 points',
    );
    // and back: the workbook written from it reads back the same framework
    const again = await importFrameworkWorkbook(await exportFrameworkWorkbook(framework));
    expect(again.framework).toEqual(framework);
  });

  it('warns about a rate formula multiplied by 100, as reports print it', async () => {
    const preview = await importFrameworkWorkbook(
      await workbook([['1', '执行率', 100, '达标', '指标:rate', '>=90%']], {
        measures: [['rate', '预算执行率', '比率', 'final_accounts / final_budget * 100']],
      }),
    );
    expect(preview.problems.map((p) => p.code)).toContain('warning.measure.rate_times_100');
  });

  it('renders import problems in English too', async () => {
    const preview = await importFrameworkWorkbook(await workbook([['1', '制度', '五', '是否', '', '']]));
    const problem = preview.problems.find((p) => p.code === 'cell.not_number');
    expect(problem?.message).toBe("第 2 行「权重」不是数字：'五'");
    expect(renderMessage(problem?.detail ?? { code: '' }, 'en-US')).toBe(
      "Row 2, column 「权重」: is not a number: '五'",
    );
  });
});
