import type { MessageTemplates } from './message';

/** Explanations of the scoring engine (evaluate, rules, measures, consistency report). */
export const SCORING_MESSAGES = {
  /** Several messages shown as one: joined by '；' / '; '. */
  list: { 'zh-CN': '{parts}', 'en-US': '{parts}' },
  // values and bands
  'value.labelled': { 'zh-CN': '{label} {value}', 'en-US': '{label} {value}' },
  'value.pair': { 'zh-CN': '{first}，{second}', 'en-US': '{first}, {second}' },
  'value.observed': { 'zh-CN': '实际值', 'en-US': 'value' },
  'value.target': { 'zh-CN': '目标值', 'en-US': 'target' },
  'value.total': { 'zh-CN': '总数', 'en-US': 'total' },
  'value.magnitude': { 'zh-CN': '|{label}|', 'en-US': '|{label}|' },
  'band.bound_in': { 'zh-CN': '{value}（含）', 'en-US': '{value} (incl.)' },
  'band.bound_out': { 'zh-CN': '{value}（不含）', 'en-US': '{value} (excl.)' },
  'band.range': { 'zh-CN': '{min}–{max}', 'en-US': '{min}–{max}' },
  'band.above': { 'zh-CN': '{min}以上', 'en-US': 'above {min}' },
  'band.below': { 'zh-CN': '{max}以下', 'en-US': 'below {max}' },
  'band.all': { 'zh-CN': '全部取值', 'en-US': 'any value' },
  // rules
  'rule.not_applicable': {
    'zh-CN': '无法按规则计分：{detail}',
    'en-US': 'Cannot score by the rule: {detail}',
  },
  'rule.scored': { 'zh-CN': '{how}，得 {score} 分{note}', 'en-US': '{how}: {score} points{note}' },
  'rule.clamped': {
    'zh-CN': '（规则结果 {raw} 分超出 0–{weight} 分，按 {score} 分计）',
    'en-US': ' (the rule gives {raw}, outside 0–{weight}; counted as {score})',
  },
  'linear.reached_full': {
    'zh-CN': '{value}，达到满分值 {full}',
    'en-US': '{value}, reaches the full-score value {full}',
  },
  'linear.not_above_zero': {
    'zh-CN': '{value}，未优于零分值 {zero}',
    'en-US': '{value}, not better than the zero-score value {zero}',
  },
  'linear.between': { 'zh-CN': '{value}，{formula} = {score}', 'en-US': '{value}, {formula} = {score}' },
  'bands.no_band': { 'zh-CN': '{value} 不在任何档内', 'en-US': '{value} is in no band' },
  'bands.in_band': { 'zh-CN': '{value}，落在“{band}”档', 'en-US': '{value}, in the band “{band}”' },
  'deductions.negative_count': {
    'zh-CN': '发现问题数不能为负数（{count}）',
    'en-US': 'the number of findings cannot be negative ({count})',
  },
  'deductions.applied': {
    'zh-CN': '发现问题 {count} 项，每项扣 {per} 分{cap}，共扣 {amount} 分，{weight} − {amount} = {score}',
    'en-US':
      '{count, plural, one {# finding} other {# findings}} at {per} points each{cap}, {amount} deducted, {weight} − {amount} = {score}',
  },
  'deduction.capped': { 'zh-CN': '，最多扣 {cap} 分', 'en-US': ', at most {cap}' },
  'step.side_above': { 'zh-CN': '超出', 'en-US': 'above' },
  'step.side_below': { 'zh-CN': '低于', 'en-US': 'below' },
  'step.rounding_up': { 'zh-CN': '不足一档按一档计', 'en-US': 'a started step counts as a whole one' },
  'step.rounding_down': { 'zh-CN': '不足一档不扣', 'en-US': 'a partial step is not counted' },
  'step.rounding_exact': { 'zh-CN': '不足一档按比例计', 'en-US': 'a partial step counts pro rata' },
  'step.within': {
    'zh-CN': '{value}，未{side} {threshold}，不扣分',
    'en-US': '{value}, not {side} {threshold}: no deduction',
  },
  'step.applied': {
    'zh-CN':
      '{value}，{side} {threshold} 共 {steps} 档（每档 {step}，{rounding}），按 {counted} 档每档扣 {per} 分{cap}，共扣 {amount} 分',
    'en-US':
      '{value}, {side} {threshold} by {steps} steps (step {step}, {rounding}); {counted} steps at {per} points each{cap}, {amount} deducted',
  },
  'threshold.met': { 'zh-CN': '{value}，满足“{condition}”', 'en-US': '{value}, meets “{condition}”' },
  'threshold.not_met': {
    'zh-CN': '{value}，不满足“{condition}”',
    'en-US': '{value}, does not meet “{condition}”',
  },
  'threshold.between': { 'zh-CN': '在 {min} 与 {max} 之间', 'en-US': 'between {min} and {max}' },
  'ratio.actual_zero': {
    'zh-CN': '{values}，实际值为 0，按满分计',
    'en-US': '{values}; the value is 0: full score',
  },
  'ratio.target_zero_values': {
    'zh-CN': '{values}，目标值为 0，无法计算比率',
    'en-US': '{values}; the target is 0, no ratio can be computed',
  },
  'ratio.applied': { 'zh-CN': '{values}，{formula} = {score}', 'en-US': '{values}, {formula} = {score}' },
  'proportional.of_zero_value': {
    'zh-CN': '{n} / 0：总数为 0，无法按比例计分',
    'en-US': '{n} / 0: the total is 0, cannot score pro rata',
  },
  'proportional.applied': {
    'zh-CN': '({n} / {total}) × {weight} = {score}',
    'en-US': '({n} / {total}) × {weight} = {score}',
  },
  'yes_no.missing': { 'zh-CN': '未录入“是/否”', 'en-US': 'no yes/no answer entered' },
  'yes_no.not_boolean': { 'zh-CN': '“{value}”不是“是/否”', 'en-US': '“{value}” is not yes/no' },
  'yes_no.yes': { 'zh-CN': '判定为“是”', 'en-US': 'answered “yes”' },
  'yes_no.no': { 'zh-CN': '判定为“否”', 'en-US': 'answered “no”' },
  'levels.missing': { 'zh-CN': '未录入评价等级', 'en-US': 'no level entered' },
  'levels.unknown': { 'zh-CN': '未定义的等级“{key}”', 'en-US': 'undefined level “{key}”' },
  'levels.applied': {
    'zh-CN': '评为“{label}”（{percent}），{weight} × {rate} = {score}',
    'en-US': 'rated “{label}” ({percent}), {weight} × {rate} = {score}',
  },
  'veto.missing': {
    'zh-CN': '未录入是否发生否决情形',
    'en-US': 'not entered whether the veto condition happened',
  },
  'veto.fired': {
    'zh-CN': '发生“{name}”，上级指标得 0 分',
    'en-US': '“{name}” happened: the parent indicator scores 0',
  },
  'veto.not_fired': { 'zh-CN': '未发生“{name}”', 'en-US': '“{name}” did not happen' },
  'judgement.rule': {
    'zh-CN': '酌情给分：需评价人员给出分数和理由',
    'en-US': 'Judgement: an evaluator gives the score and a reason',
  },
  'zero_denominator.verdict': {
    'zh-CN': '{detail}，按规则{case}得 {score} 分',
    'en-US': '{detail}; the rule says {case}: {score} points',
  },
  'zero_denominator.case_nonzero': { 'zh-CN': '分母为 0 时', 'en-US': 'for a zero denominator' },
  'zero_denominator.case_zero': { 'zh-CN': '0/0 时', 'en-US': 'for 0/0' },
  // why a node is unscored
  /** A figure's name; rendered from the standard figures (render.ts), the key for others. */
  'figure.name': { 'zh-CN': '{key}', 'en-US': '{key}' },
  'unscored.missing_figure': { 'zh-CN': '缺少数据 {figures}', 'en-US': 'missing figures {figures}' },
  'unscored.zero_denominator': {
    'zh-CN': '{measure} 的分母为 0',
    'en-US': 'the denominator of {measure} is 0',
  },
  'unscored.missing_observation': { 'zh-CN': '未录入实际值', 'en-US': 'no value entered' },
  'unscored.no_rule': {
    'zh-CN': '未设评分规则，需人工评分',
    'en-US': 'no scoring rule: to be scored by hand',
  },
  'unscored.judgement_required': {
    'zh-CN': '酌情给分，需评价人员给出分数和理由',
    'en-US': 'judgement: an evaluator gives the score and a reason',
  },
  'unscored.children_unscored': {
    'zh-CN': '下级指标 {children} 未评分',
    'en-US': 'sub-indicators {children} are not scored',
  },
  'observation.not_number': {
    'zh-CN': '实际值“{value}”不是数值',
    'en-US': 'the value “{value}” is not a number',
  },
  'measure.undefined': { 'zh-CN': '未定义的测算指标“{key}”', 'en-US': 'undefined measure “{key}”' },
  // parents, overrides, clauses
  'parent.vetoed': {
    'zh-CN': '发生{names}，本项指标得 0 分',
    'en-US': '{names} happened: this indicator scores 0',
  },
  'parent.quoted': { 'zh-CN': '“{name}”', 'en-US': '“{name}”' },
  'parent.sum': {
    'zh-CN': '合计 {terms} = {sum}，得 {sum} 分',
    'en-US': 'sum {terms} = {sum}: {sum} points',
  },
  'parent.sum_capped': {
    'zh-CN': '合计 {terms} = {sum}，超过权重 {weight}，按 {weight} 分计',
    'en-US': 'sum {terms} = {sum}, above the weight {weight}: counted as {weight}',
  },
  'parent.sum_scaled': {
    'zh-CN': '适用指标合计 {terms} = {sum}，按适用权重 {applicable} 折算为 {weight} 分制：{score}',
    'en-US': 'applicable items sum {terms} = {sum}, scaled from {applicable} to {weight}: {score}',
  },
  'parent.not_applicable': {
    'zh-CN': '下级指标均不适用，本项不适用',
    'en-US': 'no sub-indicator applies: this indicator does not apply',
  },
  'override.applied': {
    'zh-CN': '人工调整为 {score} 分（{rule}），{why}',
    'en-US': 'set by hand to {score} ({rule}), {why}',
  },
  'override.rule_score': { 'zh-CN': '规则得 {score} 分', 'en-US': 'the rule gives {score}' },
  'override.rule_unscored': { 'zh-CN': '规则未能计分', 'en-US': 'the rule could not score' },
  'override.reason': { 'zh-CN': '理由：{reason}', 'en-US': 'reason: {reason}' },
  'override.no_reason': { 'zh-CN': '未说明理由', 'en-US': 'no reason given' },
  'override.invalid_number': {
    'zh-CN': '人工分数“{score}”不是有效数字，未采用',
    'en-US': 'the manual score “{score}” is not a valid number and was not used',
  },
  'exemption.full': {
    'zh-CN': '符合“{condition}”，得满分 {score} 分',
    'en-US': 'meets “{condition}”: full score {score}',
  },
  'exemption.not_applicable': {
    'zh-CN': '符合“{condition}”，本项不适用',
    'en-US': 'meets “{condition}”: this indicator does not apply',
  },
  'extra_deduction.applied': {
    'zh-CN': '另：“{label}”{count} 处，每处扣 {per} 分{cap}，扣 {amount} 分',
    'en-US':
      'also “{label}”: {count, plural, one {# finding} other {# findings}} at {per} each{cap}, {amount} deducted',
  },
  'extra_deduction.total': {
    'zh-CN': '{before} − {amount} = {score}，得 {score} 分',
    'en-US': '{before} − {amount} = {score}: {score} points',
  },
  'extra_deduction.missing': {
    'zh-CN': '未录入“{label}”的发现数',
    'en-US': 'the number of findings of “{label}” is not entered',
  },
  // measures
  'measure.missing_figures': {
    'zh-CN': '{name}无法计算：缺少数据 {figures}',
    'en-US': '{name} cannot be computed: missing figures {figures}',
  },
  'measure.computed': { 'zh-CN': '{name} = {formula} = {value}', 'en-US': '{name} = {formula} = {value}' },
  'measure.zero_denominator': {
    'zh-CN': '{name}无法计算：{formula} 的分母为 0',
    'en-US': '{name} cannot be computed: the denominator of {formula} is 0',
  },
  // consistency report
  'finding.node': { 'zh-CN': '指标 {id}“{name}”', 'en-US': 'Indicator {id} “{name}”' },
  'finding.why': { 'zh-CN': '（{reason}）', 'en-US': ' ({reason})' },
  'finding.override_without_rule_score': {
    'zh-CN': '{label}规则未能计分{why}，人工评为 {score} 分，理由：{reason}',
    'en-US': '{label}: the rule could not score{why}; scored {score} by hand, reason: {reason}',
  },
  'finding.override_departs': {
    'zh-CN': '{label}人工调整为 {score} 分（规则得 {rule} 分），理由：{reason}',
    'en-US': '{label}: set by hand to {score} (the rule gives {rule}), reason: {reason}',
  },
  'finding.rule_not_applied': { 'zh-CN': '{label}未评分：{why}', 'en-US': '{label} is not scored: {why}' },
  'finding.stated_total_differs': {
    'zh-CN': '报告所述总分 {stated}，按指标得分重新合计为 {computed}',
    'en-US': 'The report states a total of {stated}; the indicator scores add up to {computed}',
  },
  'finding.no_total': { 'zh-CN': '（无法合计）', 'en-US': '(no total)' },
  'finding.stated_grade_differs': {
    'zh-CN': '报告所述等级“{stated}”，按总分与“{scale}”应为“{computed}”',
    'en-US': 'The report states the grade “{stated}”; by the total and “{scale}” it is “{computed}”',
  },
  'finding.no_grade': { 'zh-CN': '（无法确定）', 'en-US': '(undetermined)' },
} as const satisfies Record<string, MessageTemplates>;
