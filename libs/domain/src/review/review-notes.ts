/** Where a review note (复核意见) points: a section of the report or an indicator. */
export type ReviewAnchorKind = 'section' | 'indicator';

export interface ReviewAnchor {
  kind: ReviewAnchorKind;
  /** The section's key (e.g. `conclusion`) or the indicator's id (e.g. `2.1.1`). */
  key: string;
}

export type ReviewNoteStatus = 'open' | 'resolved';

export const MAX_REVIEW_NOTE_LENGTH = 2000;

const ANCHOR = /^(section|indicator):([\p{L}\p{N}._-]{1,64})$/u;

/** Reads `section:<key>` or `indicator:<id>`; null for anything else. */
export function parseReviewAnchor(text: string): ReviewAnchor | null {
  const match = ANCHOR.exec(text.trim());
  if (!match) return null;
  return { kind: match[1] as ReviewAnchorKind, key: match[2] as string };
}

export function reviewAnchorText(anchor: ReviewAnchor): string {
  return `${anchor.kind}:${anchor.key}`;
}

export interface ReviewNoteProblem {
  field: 'anchor' | 'body';
  code: 'review.anchor_invalid' | 'review.note_required' | 'review.note_too_long';
}

/** Checks a new note: a valid anchor and a non-empty text of at most 2000 characters. */
export function checkReviewNote(input: { anchor: string; body: string }): ReviewNoteProblem[] {
  const problems: ReviewNoteProblem[] = [];
  if (!parseReviewAnchor(input.anchor)) problems.push({ field: 'anchor', code: 'review.anchor_invalid' });
  const body = input.body.trim();
  if (body.length === 0) problems.push({ field: 'body', code: 'review.note_required' });
  else if (body.length > MAX_REVIEW_NOTE_LENGTH)
    problems.push({ field: 'body', code: 'review.note_too_long' });
  return problems;
}
