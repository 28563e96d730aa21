import type { Framework } from '@jixiao/domain';
import type { Workbook } from 'exceljs';
import { escapeCellText } from './ooxml-escape';
import { INFO_LABELS, SHEETS } from './sheet-layout';

/** The notes under the framework's own fields, so that a blank template explains itself. */
const NOTES: readonly [string, string][] = [
  [
    '填写说明',
    '各工作表按第一行的列名读取，列的顺序可以调整；空行会被忽略。详见《评价指标体系 Excel 格式说明》。',
  ],
  [
    '编号',
    '1、1.1、1.1.1、1.1.1.1：以“.”分级，上级编号是去掉最后一段的编号（1.2 的上级是 1）。每个指标一行，同级指标按行的先后排列。',
  ],
  ['指标名称', '必填。'],
  ['权重', '必填，数字（分值）。下级权重之和须等于上级权重，一级指标之和须等于总权重。'],
  ['指标解释 / 评分标准', '文字，可换行。'],
  [
    '规则类型',
    '末级指标的计分方式：线性、分档、按项扣分、阶梯扣分、等级、是否、达标、目标比率、按比例、否决、酌情；留空 = 人工评分。',
  ],
  [
    '数据来源',
    '指标:计算指标代码（如 指标:execution_rate）、数据:数据代码（如 数据:final_budget）或 观测值。等级、是否、否决、酌情不填。',
  ],
  [
    '规则参数',
    '线性 零分点=0.6; 满分点=1 | 分档 [0,0.1]=4; (0.1,0.4]=2; (1,+∞)=0 | 按项扣分 每项扣分=1; 最多扣分=5 | 阶梯扣分 阈值=0.1; 方向=高于; 步长=0.01; 每步扣分=0.1; 取整=向上; 最多扣分=1 | 等级 A 达成目标=1; B 基本达成=0.75 | 是否 是=4; 否=0 | 达标 <=1 | 目标比率 目标=1; 方向=越高越好 | 按比例 总数=28 或 总数=数据:planned_projects。比率写小数（0.6）或百分数（60%）。',
  ],
  [
    '计算指标',
    'key（英文代码）、名称、单位（比率/数值）、公式（如 (final_budget - initial_budget) / initial_budget，可用 + - * / 和括号）。',
  ],
  ['评价等级', '从高到低：等级名称与最低分（含），如 优 90、良 80、中 60、差 0。'],
];

export function writeInfoSheet(
  workbook: Workbook,
  framework: Framework,
  totalWeight: string | number | null,
): void {
  const sheet = workbook.addWorksheet(SHEETS.info);
  sheet.columns = [
    { header: '项目', width: 20 },
    { header: '内容', width: 100, style: { alignment: { wrapText: true, vertical: 'top' } } },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.addRow([INFO_LABELS.key, escapeCellText(framework.key)]);
  sheet.addRow([INFO_LABELS.name, escapeCellText(framework.name)]);
  sheet.addRow([INFO_LABELS.totalWeight, totalWeight]);
  sheet.addRow([INFO_LABELS.gradeScaleKey, escapeCellText(framework.gradeScale.key)]);
  sheet.addRow([INFO_LABELS.gradeScaleName, escapeCellText(framework.gradeScale.name)]);
  sheet.addRow([]);
  for (const [topic, note] of NOTES) sheet.addRow([topic, note]).font = { color: { argb: 'FF595959' } };
}
