import type { RuleKind, ScoringRule } from '@jixiao/domain';
import type { TranslationKey } from '@jixiao/web-data-access';

/** Rule kinds in the order the kind select lists them, with their Chinese names. */
export const RULE_KINDS: readonly { kind: RuleKind; label: TranslationKey }[] = [
  { kind: 'linear', label: 'rule.kind.linear' },
  { kind: 'bands', label: 'rule.kind.bands' },
  { kind: 'deductions', label: 'rule.kind.deductions' },
  { kind: 'step', label: 'rule.kind.step' },
  { kind: 'levels', label: 'rule.kind.levels' },
  { kind: 'yes_no', label: 'rule.kind.yes_no' },
  { kind: 'threshold', label: 'rule.kind.threshold' },
  { kind: 'ratio', label: 'rule.kind.ratio' },
  { kind: 'proportional', label: 'rule.kind.proportional' },
  { kind: 'veto', label: 'rule.kind.veto' },
  { kind: 'judgement', label: 'rule.kind.judgement' },
];

export function ruleKindLabel(kind: RuleKind): TranslationKey {
  return RULE_KINDS.find((entry) => entry.kind === kind)?.label ?? 'rule.kind.judgement';
}

/** Kinds that read a value through a source. */
export function hasSource(rule: ScoringRule): rule is Extract<ScoringRule, { source: unknown }> {
  return 'source' in rule;
}
