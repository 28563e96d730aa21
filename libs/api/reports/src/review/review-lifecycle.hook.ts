import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  LifecycleHooks,
  type AppliedTransition,
  type EvaluationRow,
  type LifecycleHook,
} from '@jixiao/api-evaluations';
import { AppError } from '@jixiao/api-platform';
import { DEFAULT_REVIEW_LEVEL_TITLES, nextReviewLevel, type EvaluationFacts } from '@jixiao/domain';
import { ReviewLevelsRepository } from './review-levels.repository';
import { ReviewRepository } from './review.repository';
import { signOffRefusal } from './review-signoff-errors';

/**
 * The review's part of the lifecycle. Facts: the firm's number of levels when the review starts
 * (final_draft); in review, whether the actor wrote the report, signed a level of this round already,
 * and how many notes are open. Rows: SUBMIT_FOR_REVIEW opens a round, SIGN_REVIEW writes the next
 * level's sign-off on the latest version, RETURN_REVIEW closes the round with its reason, ISSUE
 * completes it. All in the transition's transaction, with the evaluation's row locked.
 */
@Injectable()
export class ReviewLifecycleHook implements LifecycleHook, OnModuleInit {
  constructor(
    private readonly hooks: LifecycleHooks,
    private readonly reviews: ReviewRepository,
    private readonly levels: ReviewLevelsRepository,
  ) {}

  onModuleInit(): void {
    this.hooks.register(this);
  }

  async addFacts(
    row: EvaluationRow,
    actor: { userId: string; organisationId: string },
    facts: EvaluationFacts,
  ): Promise<void> {
    if (actor.organisationId !== row.firm_org_id) return;
    if (row.status === 'final_draft') facts.firmReviewLevels = (await this.titles(row)).length;
    if (row.status !== 'review') return;
    facts.actorIsReportAuthor = await this.reviews.isAuthor(row, actor.userId);
    const round = await this.reviews.openRound(row);
    const signOffs = round ? await this.reviews.signOffs(row, round.round) : [];
    facts.actorHasSignedReview = signOffs.some((signOff) => signOff.signer_user_id === actor.userId);
    facts.openReviewNotes = await this.reviews.openNotes(row);
  }

  async applied(row: EvaluationRow, transition: AppliedTransition): Promise<void> {
    if (transition.event === 'SUBMIT_FOR_REVIEW')
      await this.reviews.startRound(row, {
        titles: await this.titles(row),
        startedByName: transition.actorName,
      });
    else if (transition.event === 'SIGN_REVIEW') await this.sign(row, transition);
    else if (transition.event === 'RETURN_REVIEW')
      await this.reviews.closeRound(row, 'returned', transition.comment, transition.actorName);
    else if (transition.event === 'ISSUE') await this.reviews.closeRound(row, 'issued', null, null);
  }

  titles(row: EvaluationRow): Promise<readonly string[]> {
    return this.levels.titles(row.firm_org_id).then((titles) => titles ?? DEFAULT_REVIEW_LEVEL_TITLES);
  }

  private async sign(row: EvaluationRow, transition: AppliedTransition): Promise<void> {
    const round = await this.reviews.openRound(row);
    if (!round)
      throw new AppError('REVIEW_NOT_IN_PROGRESS', 409, [{ field: 'event', code: 'review.no_round' }]);
    const signOffs = await this.reviews.signOffs(row, round.round);
    const level = nextReviewLevel({
      levels: round.levels,
      signOffs: signOffs.map((signOff) => ({ level: signOff.level, userId: signOff.signer_user_id })),
    });
    const version = await this.reviews.latestVersion(row);
    if (level === null || !version)
      throw new AppError('REVIEW_NOT_IN_PROGRESS', 409, [{ field: 'event', code: 'review.nothing_to_sign' }]);
    try {
      await this.reviews.signOff(row, {
        round: round.round,
        level,
        userId: transition.actor.userId,
        userName: transition.actorName,
        versionId: version.id,
        contentHash: version.content_hash,
      });
    } catch (error) {
      throw signOffRefusal(error) ?? error;
    }
  }
}
