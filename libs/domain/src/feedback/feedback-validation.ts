import {
  FEEDBACK_DECISIONS,
  FEEDBACK_LIMITS,
  type FeedbackChange,
  type FeedbackDecision,
} from './feedback-form';

/** One problem with what was typed, on the field it concerns (`text`, `anchor`, `reason` …). */
export interface FeedbackProblem {
  field: string;
  code: string;
}

function blank(value: string | null | undefined): boolean {
  return !value || value.trim() === '';
}

/** An opinion: its text and an anchor among those the report offers. */
export function opinionProblems(
  input: { anchor: string; text: string },
  anchors: ReadonlySet<string>,
): FeedbackProblem[] {
  const problems: FeedbackProblem[] = [];
  if (!anchors.has(input.anchor)) problems.push({ field: 'anchor', code: 'feedback.anchor_unknown' });
  if (blank(input.text)) problems.push({ field: 'text', code: 'feedback.text_required' });
  else if (input.text.length > FEEDBACK_LIMITS.opinionText)
    problems.push({ field: 'text', code: 'feedback.text_too_long' });
  return problems;
}

/** The unit's contacts on the form. */
export function contactProblems(input: { unitContact: string; unitPhone: string }): FeedbackProblem[] {
  const problems: FeedbackProblem[] = [];
  if (input.unitContact.length > FEEDBACK_LIMITS.contact)
    problems.push({ field: 'unitContact', code: 'feedback.too_long' });
  if (input.unitPhone.length > FEEDBACK_LIMITS.phone)
    problems.push({ field: 'unitPhone', code: 'feedback.too_long' });
  else if (!/^[0-9+\-() ]*$/.test(input.unitPhone))
    problems.push({ field: 'unitPhone', code: 'feedback.phone_invalid' });
  return problems;
}

/**
 * What keeps the head from signing: the unit's contact and phone, and either opinions or 无意见 —
 * exactly one of the two.
 */
export function signProblems(form: {
  unitContact: string;
  unitPhone: string;
  noOpinion: boolean;
  unitOpinions: number;
}): FeedbackProblem[] {
  const problems: FeedbackProblem[] = [];
  if (blank(form.unitContact)) problems.push({ field: 'unitContact', code: 'feedback.contact_required' });
  if (blank(form.unitPhone)) problems.push({ field: 'unitPhone', code: 'feedback.phone_required' });
  if (form.noOpinion && form.unitOpinions > 0)
    problems.push({ field: 'noOpinion', code: 'feedback.no_opinion_with_opinions' });
  if (!form.noOpinion && form.unitOpinions === 0)
    problems.push({ field: 'opinions', code: 'feedback.opinions_or_none' });
  return problems;
}

export function isFeedbackDecision(value: unknown): value is FeedbackDecision {
  return typeof value === 'string' && (FEEDBACK_DECISIONS as readonly string[]).includes(value);
}

/**
 * An answer: a decision, the reason (always), and — for an adopted or partly adopted opinion — at
 * least one change it caused, each one of the changes between the 交换意见稿 and the report now.
 */
export function answerProblems(
  input: { decision: FeedbackDecision; reason: string; changeKeys: readonly string[] },
  candidates: readonly FeedbackChange[],
): FeedbackProblem[] {
  const problems: FeedbackProblem[] = [];
  if (blank(input.reason)) problems.push({ field: 'reason', code: 'feedback.reason_required' });
  else if (input.reason.length > FEEDBACK_LIMITS.reason)
    problems.push({ field: 'reason', code: 'feedback.reason_too_long' });
  const known = new Set(candidates.map((change) => change.key));
  if (input.decision === 'rejected' && input.changeKeys.length > 0)
    problems.push({ field: 'changes', code: 'feedback.changes_on_rejected' });
  if (input.decision !== 'rejected' && input.changeKeys.length === 0)
    problems.push({ field: 'changes', code: 'feedback.changes_required' });
  if (input.changeKeys.length > FEEDBACK_LIMITS.changes)
    problems.push({ field: 'changes', code: 'feedback.too_many_changes' });
  input.changeKeys.forEach((key, index) => {
    if (!known.has(key)) problems.push({ field: `changes[${index}]`, code: 'feedback.change_unknown' });
  });
  return problems;
}
