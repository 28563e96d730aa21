import {
  renderMessage,
  ruleProblems,
  type DecimalString,
  type IndicatorNode,
  type MessageLocale,
  type ScoringRule,
} from '@jixiao/domain';
import { ruleFromDraft, type RuleDraft } from './rule-draft';

/** Parameters of the new clauses whose problems are shown next to their field. */
export type RuleField = 'upper' | 'zeroDenominatorNonzero' | 'zeroDenominatorZero';

export type RuleFieldErrors = Partial<Record<RuleField, string>>;

/** The first error the domain's rule validator finds in a rule that states only one parameter. */
function firstError(node: IndicatorNode, rule: ScoringRule, locale: MessageLocale): string | undefined {
  const problem = ruleProblems(node, rule).find((candidate) => candidate.severity === 'error');
  return problem ? renderMessage({ code: problem.code, params: problem.params }, locale) : undefined;
}

function verdictError(
  node: IndicatorNode,
  points: DecimalString,
  side: 'nonzero' | 'zero',
  locale: MessageLocale,
): string | undefined {
  if (points.trim() === '') return undefined;
  const rule: ScoringRule = {
    kind: 'threshold',
    source: { observed: true },
    comparator: '<=',
    value: 0,
    onZeroDenominator: { [side]: points.trim() },
  };
  return firstError(node, rule, locale);
}

/**
 * Errors of the range bound and the zero-denominator verdicts of a draft, each from the validator
 * the API runs (the rest of a rule's problems are listed on the indicator).
 */
export function ruleFieldErrors(
  draft: RuleDraft,
  weight: DecimalString,
  locale: MessageLocale,
): RuleFieldErrors {
  const node: IndicatorNode = { id: 'rule', name: '', weight };
  const errors: RuleFieldErrors = {};
  const sourced = !['levels', 'yes_no', 'veto', 'judgement'].includes(draft.kind);
  if (draft.kind === 'threshold' && draft.comparator === 'between') {
    const range = ruleFromDraft({ ...draft, zeroDenominatorNonzero: '', zeroDenominatorZero: '' });
    const upper = firstError(node, range, locale);
    if (upper !== undefined) errors.upper = upper;
  }
  if (sourced) {
    const nonzero = verdictError(node, draft.zeroDenominatorNonzero, 'nonzero', locale);
    if (nonzero !== undefined) errors.zeroDenominatorNonzero = nonzero;
    const zero = verdictError(node, draft.zeroDenominatorZero, 'zero', locale);
    if (zero !== undefined) errors.zeroDenominatorZero = zero;
  }
  return errors;
}
