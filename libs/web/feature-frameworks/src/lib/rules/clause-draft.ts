import {
  clauseProblems,
  renderMessage,
  type DecimalString,
  type Exemption,
  type ExtraDeduction,
  type FrameworkProblem,
  type IndicatorNode,
  type Message,
  type MessageLocale,
} from '@jixiao/domain';

/** One extra deduction ("另…每发现1处扣1分") as the form holds it: an empty maximum is "none". */
export interface DeductionDraft {
  label: string;
  perFinding: DecimalString;
  maxDeduction: DecimalString;
}

/** A new exemption: the condition is the user's to write. */
export function newExemption(): Exemption {
  return { condition: '', outcome: 'full' };
}

export function newDeduction(): DeductionDraft {
  return { label: '', perFinding: '1', maxDeduction: '' };
}

export function deductionDraft(deduction: ExtraDeduction): DeductionDraft {
  return {
    label: deduction.label,
    perFinding: deduction.perFinding,
    maxDeduction: deduction.maxDeduction ?? '',
  };
}

/** The model of a form row: points trimmed, an empty maximum left out. */
export function deductionFromDraft(draft: DeductionDraft): ExtraDeduction {
  const max = draft.maxDeduction.trim();
  return {
    label: draft.label,
    perFinding: draft.perFinding.trim(),
    ...(max === '' ? {} : { maxDeduction: max }),
  };
}

/** The node's `deductions` for a list of rows; no rows = the field left out. */
export function deductionsFromDrafts(drafts: readonly DeductionDraft[]): ExtraDeduction[] | undefined {
  return drafts.length === 0 ? undefined : drafts.map(deductionFromDraft);
}

export type ClauseField = 'condition' | 'label' | 'perFinding' | 'maxDeduction';

/** Field errors of one clause form, by field, rendered in a language. */
export type ClauseFieldErrors = Partial<Record<ClauseField, string>>;

/** Which field of a clause form a problem of the domain's clause validator is about. */
function fieldOf(problem: FrameworkProblem): ClauseField {
  switch (problem.code) {
    case 'exemption.condition_empty':
      return 'condition';
    case 'extra_deduction.label_empty':
      return 'label';
    case 'rule.points_exceed_weight':
      return 'maxDeduction';
    default: {
      const field = problem.params['field'];
      const code =
        typeof field === 'object' && field !== null && 'code' in field ? (field as Message).code : '';
      return code === 'field.max_deduction' ? 'maxDeduction' : 'perFinding';
    }
  }
}

function errorsOf(node: IndicatorNode, locale: MessageLocale): ClauseFieldErrors {
  const errors: ClauseFieldErrors = {};
  for (const problem of clauseProblems(node)) {
    if (problem.severity !== 'error') continue;
    const field = fieldOf(problem);
    errors[field] ??= renderMessage({ code: problem.code, params: problem.params }, locale);
  }
  return errors;
}

/** The exemption's field errors, from the validator the API runs. */
export function exemptionErrors(
  node: IndicatorNode,
  exemption: Exemption,
  locale: MessageLocale,
): ClauseFieldErrors {
  return errorsOf({ id: node.id, name: node.name, weight: node.weight, exemption }, locale);
}

/** One deduction row's field errors (label, points per finding, maximum), from the validator the API runs. */
export function deductionErrors(
  node: IndicatorNode,
  draft: DeductionDraft,
  locale: MessageLocale,
): ClauseFieldErrors {
  return errorsOf(
    { id: node.id, name: node.name, weight: node.weight, deductions: [deductionFromDraft(draft)] },
    locale,
  );
}
