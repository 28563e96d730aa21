/**
 * One round of the firm's internal review (三级复核): started by SUBMIT_FOR_REVIEW with the firm's number
 * of levels at that moment, signed level by level in order, closed by a return (RETURN_REVIEW) — the next
 * round restarts at level 1 — or completed when every level has signed.
 */
export interface ReviewSignOff {
  level: number;
  userId: string;
}

export interface ReviewRound {
  levels: number;
  signOffs: readonly ReviewSignOff[];
}

/** What the database knows about the person who wants to sign. */
export interface ReviewSigner {
  userId: string;
  /** Holds the firm's `reviewer` role. */
  isReviewer: boolean;
  /** Saved the report's narrative or created one of its versions (see docs/evaluations.md). */
  isAuthor: boolean;
}

export type ReviewSignRefusal =
  'not_reviewer' | 'reviewer_is_author' | 'reviewer_signed_already' | 'review_notes_open' | 'review_complete';

/** The level waiting for a signature, or null when every level has signed. */
export function nextReviewLevel(round: ReviewRound): number | null {
  const signed = new Set(round.signOffs.map((signOff) => signOff.level));
  for (let level = 1; level <= round.levels; level += 1) if (!signed.has(level)) return level;
  return null;
}

/**
 * Why `signer` may not sign the next level of `round` while `openNotes` notes are open, or null.
 * Segregation of duties: a reviewer is never an author of the report and signs one level per round.
 */
export function signRefusal(
  round: ReviewRound,
  signer: ReviewSigner,
  openNotes: number,
): ReviewSignRefusal | null {
  if (!signer.isReviewer) return 'not_reviewer';
  if (nextReviewLevel(round) === null) return 'review_complete';
  if (signer.isAuthor) return 'reviewer_is_author';
  if (round.signOffs.some((signOff) => signOff.userId === signer.userId)) return 'reviewer_signed_already';
  if (openNotes > 0) return 'review_notes_open';
  return null;
}

/** What the unit and the bureau see: how many levels have signed of how many. */
export interface ReviewProgress {
  signed: number;
  levels: number;
}

export function reviewProgress(round: ReviewRound): ReviewProgress {
  return { signed: round.signOffs.length, levels: round.levels };
}
