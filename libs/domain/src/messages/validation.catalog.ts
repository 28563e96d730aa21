import type { MessageTemplates } from './message';

/**
 * Problems of indicator systems (`validateFramework`, `parseFramework`) and of scoring inputs
 * (`validateScoringInputs`). The code of a problem is the key of its text here.
 */
export const VALIDATION_MESSAGES = {
  // field names used inside the texts below
  'field.weight': { 'zh-CN': '权重', 'en-US': 'The weight' },
  'field.total_weight': { 'zh-CN': '总权重', 'en-US': 'The total weight' },
  'field.grade_min': { 'zh-CN': '等级“{label}”的下限', 'en-US': 'The lower bound of grade “{label}”' },
  'field.per_finding': { 'zh-CN': '每项扣分', 'en-US': 'The deduction per finding' },
  'field.max_deduction': { 'zh-CN': '最多扣分', 'en-US': 'The maximal deduction' },
  'field.per_step': { 'zh-CN': '每档扣分', 'en-US': 'The deduction per step' },
  'field.yes_points': { 'zh-CN': '“是”得分', 'en-US': 'The points for “yes”' },
  'field.no_points': { 'zh-CN': '“否”得分', 'en-US': 'The points for “no”' },
  'field.band_points': { 'zh-CN': '第 {n} 档得分', 'en-US': 'The points of band {n}' },
  'field.level_rate': { 'zh-CN': '等级“{key}”得分比例', 'en-US': 'The rate of level “{key}”' },
  'field.zero_denominator_points': {
    'zh-CN': '分母为 0 时的得分',
    'en-US': 'The points for a zero denominator',
  },
  'field.extra_deduction': {
    'zh-CN': '“{label}”每处扣分',
    'en-US': 'The deduction per finding of “{label}”',
  },
  'type.object': { 'zh-CN': '对象', 'en-US': 'an object' },
  'type.array': { 'zh-CN': '数组', 'en-US': 'an array' },
  'type.string': { 'zh-CN': '字符串', 'en-US': 'a string' },
  'type.number': { 'zh-CN': '数值', 'en-US': 'a number' },
  'type.boolean': { 'zh-CN': '布尔值', 'en-US': 'a boolean' },
  // structure of untrusted JSON
  'parse.not_object': { 'zh-CN': '{path}：应为对象', 'en-US': '{path}: should be an object' },
  'parse.wrong_type': { 'zh-CN': '{path}：应为{type}', 'en-US': '{path}: should be {type}' },
  'parse.missing_field': { 'zh-CN': '{path}：缺少此项', 'en-US': '{path}: missing' },
  'parse.bad_value': {
    'zh-CN': '{path}：“{value}”不是 {allowed} 之一',
    'en-US': '{path}: “{value}” is not one of {allowed}',
  },
  'parse.bad_source': {
    'zh-CN': '{path}：来源应为 {measure}、{figure} 或 {observed: true}',
    'en-US': '{path}: a source is {measure}, {figure} or {observed: true}',
  },
  'parse.nul_character': {
    'zh-CN': '{path}：文字中含有不允许的空字符（\\u0000）',
    'en-US': '{path}: the text contains a NUL character (\\u0000), which is not allowed',
  },
  'parse.formula_too_deep': {
    'zh-CN': '{path}：公式嵌套过深',
    'en-US': '{path}: the formula is nested too deeply',
  },
  'parse.tree_too_deep': {
    'zh-CN': '{path}：指标层级过深',
    'en-US': '{path}: the indicator tree is too deep',
  },
  'rule.unknown_kind': {
    'zh-CN': '{path}：未知的规则类型“{kind}”',
    'en-US': '{path}: unknown rule kind “{kind}”',
  },
  // the framework
  'framework.name_empty': {
    'zh-CN': '指标体系名称不能为空',
    'en-US': 'The name of the indicator system is empty',
  },
  'framework.name_too_long': {
    'zh-CN': '指标体系名称不能超过 {max} 个字（现为 {length} 个字）',
    'en-US': 'The name of the indicator system must be at most {max} characters (it has {length})',
  },
  'framework.key_empty': {
    'zh-CN': '指标体系代码不能为空',
    'en-US': 'The code of the indicator system is empty',
  },
  'ids.duplicate': { 'zh-CN': '指标编号“{id}”重复', 'en-US': 'The indicator id “{id}” is used twice' },
  'ids.reserved_character': {
    'zh-CN': '指标编号“{id}”不能含有“#”（该符号用于免评条件和另行扣分的录入）',
    'en-US': 'The indicator id “{id}” must not contain “#” (it marks exemption and extra-deduction inputs)',
  },
  'indicator.name_empty': { 'zh-CN': '指标名称不能为空', 'en-US': 'The indicator name is empty' },
  'indicators.empty': { 'zh-CN': '指标体系没有任何指标', 'en-US': 'The indicator system has no indicators' },
  'decimal.invalid': {
    'zh-CN': '{field}“{value}”不是有效的十进制数',
    'en-US': '{field} “{value}” is not a valid decimal',
  },
  'decimal.negative': {
    'zh-CN': '{field} {value} 不能为负数',
    'en-US': '{field} {value} cannot be negative',
  },
  'weights.negative': {
    'zh-CN': '权重 {value} 不能为负数',
    'en-US': 'The weight {value} cannot be negative',
  },
  'weights.children_sum': {
    'zh-CN': '子指标权重合计 {sum}，不等于上级权重 {weight}',
    'en-US': 'The sub-indicator weights add up to {sum}, not to the weight {weight}',
  },
  'weights.points_sum': {
    'zh-CN': '评分要点分值合计 {sum}，不等于指标权重 {weight}（得分以权重为上限）',
    'en-US':
      'The scoring points add up to {sum}, not to the weight {weight} (the score is capped at the weight)',
  },
  'weights.total': {
    'zh-CN': '一级指标权重合计 {sum}，不等于总权重 {total}',
    'en-US': 'The level-1 weights add up to {sum}, not to the total weight {total}',
  },
  'rule.on_parent': {
    'zh-CN': '有下级指标的指标按下级得分合计，其评分规则不被使用',
    'en-US': 'An indicator with sub-indicators scores their sum; its own rule is not used',
  },
  'rule.missing': {
    'zh-CN': '未设评分规则，只能人工评分',
    'en-US': 'No scoring rule: it can only be scored by hand',
  },
  'rule.points_exceed_weight': {
    'zh-CN': '{what} {points} 分超过指标权重 {weight} 分',
    'en-US': '{what} {points} exceeds the weight {weight}',
  },
  'veto.no_parent': {
    'zh-CN': '否决项必须位于某一指标之下',
    'en-US': 'A veto point must be under an indicator',
  },
  'veto.weight_nonzero': {
    'zh-CN': '否决项的权重应为 0，实为 {weight}',
    'en-US': 'A veto point has weight 0, not {weight}',
  },
  'measure.unknown': {
    'zh-CN': '引用了未定义的测算指标“{key}”',
    'en-US': 'Refers to the undefined measure “{key}”',
  },
  'measure.duplicate': { 'zh-CN': '测算指标“{key}”重复', 'en-US': 'The measure “{key}” is defined twice' },
  'measure.bad_formula': {
    'zh-CN': '测算指标“{name}”的公式运算缺少参数',
    'en-US': 'The formula of the measure “{name}” lacks an operand',
  },
  'measure.no_figures': {
    'zh-CN': '测算指标“{name}”不引用任何数据',
    'en-US': 'The measure “{name}” uses no figure',
  },
  'measure.rate_times_100': {
    'zh-CN':
      '测算指标“{name}”的单位是比率，公式却乘以 100：比率按小数计（70% 即 0.7），请去掉“* 100”，否则 70% 会算成 7000%',
    'en-US':
      'The measure “{name}” is a rate but its formula multiplies by 100: rates are fractions (70% is 0.7); remove “* 100” or 70% becomes 7000%',
  },
  'linear.equal_anchors': {
    'zh-CN': '满分值与零分值相同（{value}）',
    'en-US': 'The full-score and zero-score values are equal ({value})',
  },
  'step.step_not_positive': {
    'zh-CN': '每档大小 {step} 必须大于 0',
    'en-US': 'The step {step} must be above 0',
  },
  'ratio.target_zero': {
    'zh-CN': '目标值为 0，无法计算比率',
    'en-US': 'The target is 0: no ratio can be computed',
  },
  'proportional.of_zero': {
    'zh-CN': '总数为 0，无法按比例计分',
    'en-US': 'The total is 0: cannot score pro rata',
  },
  'threshold.range_empty': {
    'zh-CN': '区间下限 {min} 高于上限 {max}',
    'en-US': 'The lower bound {min} is above the upper bound {max}',
  },
  'bands.empty': { 'zh-CN': '未设任何档次', 'en-US': 'No bands' },
  'bands.empty_band': {
    'zh-CN': '第 {n} 档“{band}”不含任何取值',
    'en-US': 'Band {n} “{band}” contains no value',
  },
  'bands.gap': {
    'zh-CN': '第 {first} 档“{firstBand}”与第 {second} 档“{secondBand}”之间有空档，落在其中的值无法计分',
    'en-US':
      'Between band {first} “{firstBand}” and band {second} “{secondBand}” there is a gap; values in it cannot be scored',
  },
  'bands.overlap': {
    'zh-CN': '第 {first} 档“{firstBand}”与第 {second} 档“{secondBand}”重叠',
    'en-US': 'Band {first} “{firstBand}” and band {second} “{secondBand}” overlap',
  },
  'levels.empty': { 'zh-CN': '未设任何等级', 'en-US': 'No levels' },
  'levels.duplicate_key': { 'zh-CN': '等级“{key}”重复', 'en-US': 'The level “{key}” is defined twice' },
  'levels.rate_out_of_range': {
    'zh-CN': '等级“{key}”得分比例 {rate} 超过 1',
    'en-US': 'The rate {rate} of level “{key}” is above 1',
  },
  'exemption.condition_empty': {
    'zh-CN': '免评条件未写明条件',
    'en-US': 'The exemption states no condition',
  },
  'extra_deduction.label_empty': {
    'zh-CN': '另行扣分未写明扣分事项',
    'en-US': 'An extra deduction states no finding',
  },
  'grades.empty': { 'zh-CN': '评价等级未设任何等级', 'en-US': 'The grade scale has no grades' },
  'grades.order': {
    'zh-CN': '等级“{label}”的下限 {min} 应低于上一等级',
    'en-US': 'The lower bound {min} of grade “{label}” should be below the previous grade’s',
  },
  // scoring inputs
  'override.unknown_id': {
    'zh-CN': '人工调整引用了不存在的指标“{id}”',
    'en-US': 'A manual score refers to the indicator “{id}”, which does not exist',
  },
  'override.not_object': {
    'zh-CN': '指标“{id}”的人工调整应为 {score, reason}',
    'en-US': 'The manual score of indicator “{id}” should be {score, reason}',
  },
  'override.missing_reason': {
    'zh-CN': '指标“{name}”的人工调整未说明理由',
    'en-US': 'The manual score of indicator “{name}” gives no reason',
  },
  'override.invalid_score': {
    'zh-CN': '指标“{name}”的人工分数“{score}”不是有效数字',
    'en-US': 'The manual score “{score}” of indicator “{name}” is not a valid number',
  },
  'override.out_of_range': {
    'zh-CN': '指标“{name}”的人工分数 {score} 不在 0–{weight} 分之间',
    'en-US': 'The manual score {score} of indicator “{name}” is not within 0–{weight}',
  },
  'observation.unknown_id': {
    'zh-CN': '录入值引用了不存在的指标“{id}”',
    'en-US': 'An entered value refers to the indicator “{id}”, which does not exist',
  },
  'observation.wrong_type': {
    'zh-CN': '指标“{id}”的录入值应为数值、是/否或等级代码，实为{actual}',
    'en-US': 'The value entered for indicator “{id}” should be a number, yes/no or a level key, not {actual}',
  },
  'figure.wrong_type': {
    'zh-CN': '数据“{key}”应为数值，实为{actual}',
    'en-US': 'The figure “{key}” should be a number, not {actual}',
  },
  'stated.wrong_type': {
    'zh-CN': '报告所述{what}应为{type}，实为{actual}',
    'en-US': 'The stated {what} should be {type}, not {actual}',
  },
  'stated.total': { 'zh-CN': '总分', 'en-US': 'total' },
  'stated.grade': { 'zh-CN': '等级', 'en-US': 'grade' },
  'actual.string': { 'zh-CN': '文字“{value}”', 'en-US': 'the text “{value}”' },
  'actual.null': { 'zh-CN': '空值（null）', 'en-US': 'null' },
  'actual.other': { 'zh-CN': '{type}', 'en-US': '{type}' },
} as const satisfies Record<string, MessageTemplates>;
