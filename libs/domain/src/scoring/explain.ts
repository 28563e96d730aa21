import type { UnscoredReason } from './evaluation.model';

/** Why a node has no computed score, in Chinese. */
export function describeUnscored(reason: UnscoredReason): string {
  switch (reason.kind) {
    case 'missing_figure':
      return `缺少数据 ${reason.figures.join('、')}`;
    case 'zero_denominator':
      return `${reason.measure} 的分母为 0`;
    case 'missing_observation':
      return '未录入实际值';
    case 'no_rule':
      return '未设评分规则，需人工评分';
    case 'judgement_required':
      return '酌情给分，需评价人员给出分数和理由';
    case 'children_unscored':
      return `下级指标 ${reason.children.join('、')} 未评分`;
    case 'rule_not_applicable':
      return reason.detail;
  }
}

/** "；人工调整为 4.4 分（规则得 3.4 分），理由：…" appended to the rule's explanation. */
export function describeOverride(finalScore: string, computed: string | null, reason: string): string {
  const rule = computed === null ? '规则未能计分' : `规则得 ${computed} 分`;
  const why = reason.trim() === '' ? '未说明理由' : `理由：${reason.trim()}`;
  return `人工调整为 ${finalScore} 分（${rule}），${why}`;
}
