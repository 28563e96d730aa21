import { describe, expect, it } from 'vitest';
import { Workbook, type Worksheet } from 'exceljs';
import { importFrameworkWorkbook } from './framework-workbook';

function infoSheet(workbook: Workbook, totalWeight: string | number = 100): void {
  const info = workbook.addWorksheet('说明');
  info.addRow(['项目', '内容']);
  for (const row of [
    ['指标体系代码', 'hand'],
    ['指标体系名称', '手工指标体系'],
    ['总权重', totalWeight],
    ['等级方案代码', 'std'],
    ['等级方案名称', '优差'],
  ]) {
    info.addRow(row);
  }
}

function otherSheets(workbook: Workbook): void {
  const measures = workbook.addWorksheet('计算指标');
  measures.addRow(['代码', '名称', '单位', '公式']);
  measures.addRow(['execution_rate', '预算执行率', '比率', '决算数 ÷ 全年预算数']);
  const grades = workbook.addWorksheet('评价等级');
  grades.addRow(['等级', '最低分（含）']);
  grades.addRow(['优', '９０']);
  grades.addRow(['差', 0]);
}

async function bytes(build: (workbook: Workbook) => void): Promise<Buffer> {
  const workbook = new Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function handSheet(workbook: Workbook): Worksheet {
  const sheet = workbook.addWorksheet('指标体系');
  sheet.addRow(['XX 区部门整体支出绩效评价指标体系']);
  sheet.mergeCells('A1:F1');
  sheet.addRow(['指标名称', ' 编号 ', '权重（分）', '评分标准', '规则类型', '数据来源', '规则参数']);
  return sheet;
}

describe('importing a hand-made workbook', () => {
  it('reads title rows, reordered headers, blank rows, rich text, text numbers, formulas, merged and full-width cells', async () => {
    const data = await bytes((workbook) => {
      const sheet = handSheet(workbook);
      sheet.addRow(['过程', '1', { formula: 'C5+C6', result: 100 }]);
      sheet.addRow([]);
      sheet.addRow([
        { richText: [{ text: '预算' }, { text: '执行率', font: { bold: true } }] },
        '１．１',
        '６０',
        '按公式',
        '线性',
        '指标：execution_rate',
        '零分点=60%；满分点＝100%',
      ]);
      sheet.addRow(['管理制度', '1.2', ' 40 ', null, '按项扣分', '观测值', '每项扣分=10']);
      sheet.mergeCells('D5:D6');
      otherSheets(workbook);
      infoSheet(workbook, '１００');
    });
    const preview = await importFrameworkWorkbook(data);
    expect(preview.problems.filter((p) => !p.code.startsWith('warning.'))).toEqual([]);
    const [process] = preview.framework?.indicators ?? [];
    expect(process).toMatchObject({ id: '1', weight: '100' });
    expect(process?.children?.[0]).toEqual({
      id: '1.1',
      name: '预算执行率',
      weight: '60',
      standard: '按公式',
      rule: { kind: 'linear', source: { measure: 'execution_rate' }, zeroAt: 0.6, fullAt: 1 },
    });
    expect(process?.children?.[1]).toMatchObject({ id: '1.2', weight: '40', standard: '按公式' });
    expect(preview.framework?.measures[0]?.formula).toEqual({
      op: 'div',
      args: [{ figure: '决算数' }, { figure: '全年预算数' }],
    });
    expect(preview.framework?.gradeScale.grades[0]).toEqual({ label: '优', minScore: '90' });
  });

  it('lists every problem with sheet, row, column and a Chinese message, and returns no framework', async () => {
    const data = await bytes((workbook) => {
      const sheet = handSheet(workbook);
      sheet.addRow(['过程', '1', '100']);
      sheet.addRow(['预算执行率', '1.1', '五', null, '线性', '指标:execution_rate', '零分点=0.6']);
      sheet.addRow(['重复', '1.1', '1']);
      sheet.addRow(['孤儿', '2.1', '1']);
      sheet.addRow(['分档', '1.2', '1', null, '分档', '观测值', '[0,0.1]=4; 很多=2']);
      sheet.addRow(['未知', '1.3', '1', null, '神算']);
      sheet.addRow(['编号不对', '1..4', '1']);
      otherSheets(workbook);
    });
    const preview = await importFrameworkWorkbook(data);
    expect(preview.framework).toBeNull();
    const where = preview.problems.map((p) => `${p.sheet}!${p.row ?? ''}:${p.column ?? ''} ${p.code}`);
    expect(where).toEqual([
      '说明!: sheet.missing',
      '指标体系!4:权重 cell.not_number',
      '指标体系!4:规则参数 rule.params_invalid',
      '指标体系!5:编号 indicator.id_duplicate',
      '指标体系!7:规则参数 rule.params_invalid',
      '指标体系!8:规则类型 rule.unknown_kind',
      '指标体系!9:编号 indicator.id_invalid',
      '指标体系!6:编号 indicator.parent_missing',
    ]);
    expect(preview.problems[1]?.message).toBe("第 4 行「权重」不是数字：'五'");
    expect(preview.problems[2]?.message).toContain('缺少参数“满分点”');
    expect(preview.problems[4]?.message).toContain('区间“很多”');
  });

  it('reports missing sheets and missing columns (计算指标 is optional)', async () => {
    const data = await bytes((workbook) => {
      workbook.addWorksheet('指标体系').addRow(['编号', '权重']);
      infoSheet(workbook);
    });
    const preview = await importFrameworkWorkbook(data);
    expect(preview.problems.map((p) => p.code)).toEqual(['sheet.missing', 'sheet.missing_column']);
    expect(preview.problems[0]).toMatchObject({ sheet: '评价等级' });
    expect(preview.problems[1]).toMatchObject({ sheet: '指标体系', column: '指标名称' });
  });

  it('points the domain’s problems at the rows of the indicators concerned', async () => {
    const data = await bytes((workbook) => {
      const sheet = handSheet(workbook);
      sheet.addRow(['过程', '1', '100']);
      sheet.addRow(['预算执行率', '1.1', '60', null, '线性', '指标:no_such_measure', '零分点=0.6; 满分点=1']);
      sheet.addRow(['管理制度', '1.2', '30']);
      otherSheets(workbook);
      infoSheet(workbook);
    });
    const preview = await importFrameworkWorkbook(data);
    expect(preview.framework).toBeNull();
    expect(preview.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sheet: '指标体系', row: 3, column: '权重', code: 'weights.children_sum' }),
        expect.objectContaining({ sheet: '指标体系', row: 4, column: '数据来源', code: 'measure.unknown' }),
        expect.objectContaining({ sheet: '指标体系', row: 5, code: 'warning.rule.missing' }),
      ]),
    );
  });
});
