import type { MessageTemplates } from './message';

/** Problems found while reading an indicator-system workbook (libs/api/frameworks/src/excel). */
export const IMPORT_MESSAGES = {
  'import.at_cell': {
    'zh-CN': '第 {row} 行「{column}」{detail}',
    'en-US': 'Row {row}, column 「{column}」: {detail}',
  },
  'import.at_indicator': {
    'zh-CN': '第 {row} 行「{column}」（指标 {id}）：{detail}',
    'en-US': 'Row {row}, column 「{column}」 (indicator {id}): {detail}',
  },
  'import.at_row': { 'zh-CN': '第 {row} 行{label}：{detail}', 'en-US': 'Row {row}{label}: {detail}' },
  'import.note_not_text': { 'zh-CN': '版本说明应为文字', 'en-US': 'The version note must be text' },
  'import.note_too_long': {
    'zh-CN': '版本说明不能超过 {max} 个字（现为 {length} 个字）',
    'en-US': 'The version note must be at most {max} characters (it has {length})',
  },

  'import.empty': { 'zh-CN': '为空', 'en-US': 'is empty' },
  'import.not_number': { 'zh-CN': "不是数字：'{value}'", 'en-US': "is not a number: '{value}'" },
  'import.invalid': { 'zh-CN': '有误：{detail}', 'en-US': 'is wrong: {detail}' },
  'import.kind_without_rule': {
    'zh-CN': '为空，但填写了数据来源或规则参数',
    'en-US': 'is empty, but a source or parameters are filled in',
  },
  'import.unknown_kind': {
    'zh-CN': "不是已知的规则类型：'{kind}'（可选：{kinds}）",
    'en-US': "is not a known rule kind: '{kind}' (one of {kinds})",
  },
  'import.id_invalid': {
    'zh-CN': "应写成 1、1.1、1.1.1 这样以“.”分级的编号：'{id}'",
    'en-US': "should be an id like 1, 1.1, 1.1.1 with levels separated by “.”: '{id}'",
  },
  'import.duplicate': {
    'zh-CN': "重复：'{value}' 已在第 {first} 行使用",
    'en-US': "is a duplicate: '{value}' is already used in row {first}",
  },
  'import.parent_missing': {
    'zh-CN': "'{id}' 的上级指标 '{parent}' 不存在",
    'en-US': "the parent '{parent}' of '{id}' does not exist",
  },
  'import.unit_invalid': {
    'zh-CN': "应为“比率”或“数值”：'{value}'",
    'en-US': "should be “比率” (rate) or “数值” (number): '{value}'",
  },
  'import.exemption_invalid': {
    'zh-CN': "应写成“条件=满分”或“条件=不适用”：'{value}'",
    'en-US': "should be “condition=满分” (full score) or “condition=不适用” (not applicable): '{value}'",
  },
  'import.deduction_invalid': {
    'zh-CN': '“{item}”应写成“扣分事项=每处扣分”或“扣分事项=每处扣分，最多扣分”，如 审计发现问题=1，最多5',
    'en-US':
      '“{item}” should be “finding=points each” or “finding=points each，最多max”, e.g. 审计发现问题=1，最多5',
  },
  'import.file_unreadable': {
    'zh-CN': '文件无法读取，请上传 Excel 2007 及以上版本的 .xlsx 文件',
    'en-US': 'The file cannot be read; upload an .xlsx file (Excel 2007 or later)',
  },
  'import.sheet_missing': { 'zh-CN': '缺少工作表「{sheet}」', 'en-US': 'The sheet 「{sheet}」 is missing' },
  'import.column_missing': {
    'zh-CN': '工作表「{sheet}」缺少「{column}」列',
    'en-US': 'The sheet 「{sheet}」 has no column 「{column}」',
  },
  'import.too_many_rows': {
    'zh-CN': '工作表「{sheet}」超过 {max} 行，其余未读取',
    'en-US': 'The sheet 「{sheet}」 has more than {max} rows; the rest was not read',
  },
  'import.info_missing': {
    'zh-CN': '「说明」缺少“{label}”一行（A 列写“{label}”，B 列写内容）',
    'en-US': '「说明」 has no row “{label}” (column A “{label}”, column B its value)',
  },
  'import.info_empty': { 'zh-CN': '“{label}”为空', 'en-US': '“{label}” is empty' },
  'import.info_not_number': {
    'zh-CN': "“{label}”不是数字：'{value}'",
    'en-US': "“{label}” is not a number: '{value}'",
  },
  'import.key_renamed': {
    'zh-CN': '指标体系代码“{key}”已被「{name}」使用，导入后改为“{renamed}”',
    'en-US': 'The code “{key}” is used by 「{name}」; the import uses “{renamed}”',
  },
  'import.key_generated': {
    'zh-CN': '未填写“{label}”，已自动生成：“{key}”',
    'en-US': '“{label}” is not filled in; generated: “{key}”',
  },
  // 规则参数 and 数据来源
  'param.quote_unclosed': {
    'zh-CN': "“{name}”的引号不完整：'{text}'",
    'en-US': "the quotes of “{name}” are not closed: '{text}'",
  },
  'param.source_unknown': {
    'zh-CN': "“{name}”的数据来源无法识别：'{text}'",
    'en-US': "the source of “{name}” is not recognised: '{text}'",
  },
  'param.number_or_source': {
    'zh-CN': "“{name}”应为数字或“数据:代码”/“指标:代码”：'{text}'",
    'en-US': "“{name}” should be a number or “数据:code”/“指标:code”: '{text}'",
  },
  'param.not_pair': {
    'zh-CN': '“{item}”应写成“名称=值”',
    'en-US': '“{item}” should be written “name=value”',
  },
  'param.unknown_name': {
    'zh-CN': '不认识的参数“{name}”，可用：{names}',
    'en-US': 'unknown parameter “{name}”; known: {names}',
  },
  'param.repeated': { 'zh-CN': '参数“{name}”重复', 'en-US': 'the parameter “{name}” is given twice' },
  'param.missing': { 'zh-CN': '缺少参数{names}', 'en-US': 'missing parameters {names}' },
  'param.quoted': { 'zh-CN': '“{name}”', 'en-US': '“{name}”' },
  'param.not_number': {
    'zh-CN': "“{name}”不是数字：'{text}'",
    'en-US': "“{name}” is not a number: '{text}'",
  },
  'param.not_choice': {
    'zh-CN': "“{name}”应为 {choices} 之一：'{text}'",
    'en-US': "“{name}” should be one of {choices}: '{text}'",
  },
  'param.source_not_used': {
    'zh-CN': "此规则类型不使用数据来源，请留空：'{text}'",
    'en-US': "this rule kind uses no source; leave it empty: '{text}'",
  },
  'param.source_required': {
    'zh-CN': '此规则类型需要数据来源，如“指标:预算执行率”“数据:final_budget”或“观测值”',
    'en-US': 'this rule kind needs a source, e.g. “指标:execution_rate”, “数据:final_budget” or “观测值”',
  },
  'param.source_invalid': {
    'zh-CN': "数据来源应为“指标:代码”“数据:代码”或“观测值”（可加竖线取绝对值，如 |指标:代码|）：'{text}'",
    'en-US':
      "a source is “指标:code”, “数据:code” or “观测值” (between bars for the magnitude, e.g. |指标:code|): '{text}'",
  },
  'param.kind_has_no_source': {
    'zh-CN': '规则类型“{kind}”没有数据来源',
    'en-US': 'the rule kind “{kind}” has no source',
  },
  'param.kind_needs_source': {
    'zh-CN': '规则类型“{kind}”需要数据来源',
    'en-US': 'the rule kind “{kind}” needs a source',
  },
  'param.no_params': {
    'zh-CN': "此规则类型没有参数，请留空：'{text}'",
    'en-US': "this rule kind has no parameters; leave it empty: '{text}'",
  },
  'param.threshold_form': {
    'zh-CN': "达标条件应写成“比较符 数值”（如 <=1）或区间（如 [-15%,15%]、-15%~15%）：'{text}'",
    'en-US': "a threshold is “comparator value” (e.g. <=1) or a range (e.g. [-15%,15%], -15%~15%): '{text}'",
  },
  'param.threshold_not_number': {
    'zh-CN': "达标条件的数值不是数字：'{text}'",
    'en-US': "the threshold value is not a number: '{text}'",
  },
  'param.level_form': {
    'zh-CN': '等级“{item}”应写成“代码 名称=得分比例”，如 A 达成目标=1',
    'en-US': 'the level “{item}” should be “key label=rate”, e.g. A 达成目标=1',
  },
  'param.level_key_missing': { 'zh-CN': '等级“{item}”缺少代码', 'en-US': 'the level “{item}” has no key' },
  'param.level_label_quote': {
    'zh-CN': '等级“{item}”的名称引号不完整',
    'en-US': 'the quotes of the label of level “{item}” are not closed',
  },
  'param.level_rate': {
    'zh-CN': "等级“{key}”的得分比例不是数字：'{text}'",
    'en-US': "the rate of level “{key}” is not a number: '{text}'",
  },
  'param.levels_empty': {
    'zh-CN': '等级规则至少需要一个等级，如 A 达成目标=1',
    'en-US': 'a levels rule needs at least one level, e.g. A 达成目标=1',
  },
  'param.bound_not_number': {
    'zh-CN': "区间端点不是数字：'{text}'",
    'en-US': "a bound is not a number: '{text}'",
  },
  'param.band_form': {
    'zh-CN': '档次“{item}”应写成“区间=得分”，如 [0,0.1]=4 或 0-10%（含）=4',
    'en-US': 'the band “{item}” should be “interval=points”, e.g. [0,0.1]=4 or 0-10%（含）=4',
  },
  'param.interval_form': {
    'zh-CN': '区间“{text}”应写成 [下限,上限]、10%-40%（含）、>100% 或 100%以上 这样的形式',
    'en-US': 'the interval “{text}” should be written like [lower,upper], 10%-40%（含）, >100% or 100%以上',
  },
  'param.band_points': {
    'zh-CN': "档次“{item}”的得分不是数字：'{text}'",
    'en-US': "the points of band “{item}” are not a number: '{text}'",
  },
  'param.bands_empty': {
    'zh-CN': '分档规则至少需要一个档次，如 [0,0.1]=4',
    'en-US': 'a bands rule needs at least one band, e.g. [0,0.1]=4',
  },
  'formula.bad_number': {
    'zh-CN': "公式中的数字无法识别：'{text}'",
    'en-US': "a number in the formula is not recognised: '{text}'",
  },
  'formula.quote_unclosed': {
    'zh-CN': '公式中的引号不完整',
    'en-US': 'a quote in the formula is not closed',
  },
  'formula.bad_character': {
    'zh-CN': '公式中有无法识别的字符“{char}”',
    'en-US': 'the formula contains the unrecognised character “{char}”',
  },
  'formula.empty': { 'zh-CN': '公式为空', 'en-US': 'the formula is empty' },
  'formula.extra': { 'zh-CN': '公式在“{at}”处多出内容', 'en-US': 'the formula has extra content at “{at}”' },
  'formula.too_deep': { 'zh-CN': '公式嵌套过深', 'en-US': 'the formula is nested too deeply' },
  'formula.incomplete': { 'zh-CN': '公式不完整', 'en-US': 'the formula is incomplete' },
  'formula.minus_number': { 'zh-CN': '负号后应为数字', 'en-US': 'a minus sign must be followed by a number' },
  'formula.stuck': { 'zh-CN': '公式在“{at}”处无法继续', 'en-US': 'the formula cannot go on at “{at}”' },
  'formula.comma': {
    'zh-CN': '函数参数之间应以逗号分隔',
    'en-US': 'function arguments are separated by commas',
  },
  'formula.missing': { 'zh-CN': '公式缺少“{text}”', 'en-US': 'the formula lacks “{text}”' },
} as const satisfies Record<string, MessageTemplates>;
