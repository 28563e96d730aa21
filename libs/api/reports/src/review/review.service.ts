import { Injectable } from '@nestjs/common';
import type {
  AddReviewNoteRequest,
  ResolveReviewNoteRequest,
  ReviewInternal,
  ReviewProgress,
  ReviewView,
} from '@jixiao/contracts';
import {
  EvaluationAccess,
  EvaluationFactsReader,
  actorOf,
  type EvaluationRow,
} from '@jixiao/api-evaluations';
import { AppError, AuditTrail, RequestContext, type AuthenticatedPrincipal } from '@jixiao/api-platform';
import {
  checkReviewNote,
  loadEvaluationSnapshot,
  nextReviewLevel,
  refusalMessage,
  refusalOf,
  reviewAnchorText,
  parseReviewAnchor,
  type EvaluationSnapshot,
} from '@jixiao/domain';
import { ReviewRepository } from './review.repository';
import { toNote, toRound, type RoundRow, type SignOffRow } from './review-rows';

/** Statuses in which notes may be resolved: in review, and in 终稿 after a return while the team revises. */
const NOTE_RESOLVING_STATUSES = ['review', 'final_draft'];

/**
 * The review tab: the progress for every party; for the firm the rounds, sign-offs, notes, whether the
 * caller may sign now (and why not), and whether the report changed after a sign-off of this round.
 * Notes (复核意见) are added and resolved here; signing and returning are lifecycle events
 * (`POST /evaluations/:id/transitions`), written by `ReviewLifecycleHook`.
 */
@Injectable()
export class ReviewService {
  constructor(
    private readonly context: RequestContext,
    private readonly access: EvaluationAccess,
    private readonly facts: EvaluationFactsReader,
    private readonly reviews: ReviewRepository,
    private readonly audit: AuditTrail,
  ) {}

  async view(id: string): Promise<ReviewView> {
    const row = await this.access.require(id);
    const principal = this.context.requirePrincipal();
    const snapshot = loadEvaluationSnapshot(row.snapshot);
    const progress: ReviewProgress = {
      inReview: row.status === 'review',
      signed: snapshot.context.signedLevels,
      levels: snapshot.context.reviewLevels,
    };
    if (principal.organisationId !== row.firm_org_id) return { progress, internal: null };
    return { progress, internal: await this.internal(row, principal, snapshot) };
  }

  async addNote(id: string, request: AddReviewNoteRequest): Promise<ReviewView> {
    const row = await this.access.require(id, { lock: true });
    const principal = this.requireReviewer(row);
    const round = row.status === 'review' ? await this.reviews.openRound(row) : null;
    if (!round)
      throw new AppError('REVIEW_NOT_IN_PROGRESS', 409, [{ field: 'anchor', code: 'review.not_in_review' }]);
    const problems = checkReviewNote(request);
    if (problems.length > 0) throw AppError.validation(problems);
    const anchor = parseReviewAnchor(request.anchor);
    if (!anchor) throw AppError.validation([{ field: 'anchor', code: 'review.anchor_invalid' }]);
    const signOffs = await this.reviews.signOffs(row, round.round);
    const noteId = await this.reviews.addNote(row, {
      round: round.round,
      level: nextReviewLevel(roundOf(round, signOffs)) ?? round.levels,
      anchor: reviewAnchorText(anchor),
      body: request.body.trim(),
      userId: principal.userId,
      userName: principal.displayName,
    });
    await this.audit.record({
      action: 'evaluation.review_note_add',
      targetType: 'evaluation',
      targetId: row.id,
      detail: { noteId, round: round.round },
    });
    return this.view(id);
  }

  async resolveNote(id: string, noteId: string, request: ResolveReviewNoteRequest): Promise<ReviewView> {
    const row = await this.access.require(id, { lock: true });
    const principal = this.requireReviewer(row);
    const note = await this.reviews.note(row, noteId);
    if (!note) throw AppError.notFound();
    if (!NOTE_RESOLVING_STATUSES.includes(row.status))
      throw new AppError('REVIEW_NOT_IN_PROGRESS', 409, [{ field: 'note', code: 'review.not_in_review' }]);
    const resolved = await this.reviews.resolveNote(row, noteId, {
      version: request.version,
      resolution: request.resolution?.trim() || null,
      userName: principal.displayName,
    });
    if (!resolved) {
      const current = await this.reviews.note(row, noteId);
      throw new AppError(
        'REVIEW_NOTE_CONFLICT',
        409,
        [{ field: 'version', code: 'stale' }],
        current ? toNote(current) : null,
      );
    }
    await this.audit.record({
      action: 'evaluation.review_note_resolve',
      targetType: 'evaluation',
      targetId: row.id,
      detail: { noteId },
    });
    return this.view(id);
  }

  /** Notes are the firm's reviewers' business; anyone else (the unit, the bureau, the team) is refused. */
  private requireReviewer(row: EvaluationRow): AuthenticatedPrincipal {
    const principal = this.context.requirePrincipal();
    if (principal.organisationId !== row.firm_org_id || !principal.roles.includes('reviewer'))
      throw new AppError('REVIEW_NOTE_FORBIDDEN', 403);
    return principal;
  }

  private async internal(
    row: EvaluationRow,
    principal: AuthenticatedPrincipal,
    snapshot: EvaluationSnapshot,
  ): Promise<ReviewInternal> {
    const rounds = await this.reviews.rounds(row);
    const signOffs = await this.reviews.signOffs(row);
    const notes = await this.reviews.notes(row);
    const open = rounds.find((round) => round.closed_at === null) ?? null;
    const openSignOffs = open ? signOffs.filter((signOff) => signOff.round === open.round) : [];
    const nextLevel = open ? nextReviewLevel(roundOf(open, openSignOffs)) : null;
    const actor = actorOf(principal);
    const facts = await this.facts.readForDecision(row, actor);
    const signCode =
      row.status === 'review' ? refusalOf(snapshot, { type: 'SIGN_REVIEW', actor, facts }) : 'wrong_phase';
    const returnCode = refusalOf(snapshot, { type: 'RETURN_REVIEW', actor, facts, comment: '—' });
    const changedAt = await this.reviews.lastReportChange(row);
    const firstSignedAt = openSignOffs[0]?.signed_at ?? null;
    return {
      rounds: rounds.map((round) => toRound(round, signOffs)).reverse(),
      notes: notes.map(toNote),
      currentRound: open?.round ?? null,
      nextLevel,
      nextLevelTitle: open && nextLevel ? (open.level_titles[nextLevel - 1] ?? null) : null,
      signRefusal: signCode
        ? { code: `evaluation.${signCode}`, message: refusalMessage(signCode, this.context.locale) }
        : null,
      canReturn: row.status === 'review' && returnCode === null,
      canWriteNotes: row.status === 'review' && principal.roles.includes('reviewer'),
      changedAfterSignOff: firstSignedAt !== null && changedAt !== null && changedAt > firstSignedAt,
      changedAt: changedAt?.toISOString() ?? null,
    };
  }
}

function roundOf(round: RoundRow, signOffs: readonly SignOffRow[]) {
  return {
    levels: round.levels,
    signOffs: signOffs.map((signOff) => ({ level: signOff.level, userId: signOff.signer_user_id })),
  };
}
