import { Injectable } from '@nestjs/common';
import type { ReviewLevels, SaveReviewLevelsRequest } from '@jixiao/contracts';
import { AppError, AuditTrail, RequestContext } from '@jixiao/api-platform';
import { checkReviewLevelTitles, DEFAULT_REVIEW_LEVEL_TITLES } from '@jixiao/domain';
import { ReviewLevelsRepository } from './review-levels.repository';

/**
 * A firm's review levels (三级复核 by default), titled by its admin. An evaluation keeps the number its
 * firm had when its review started (SUBMIT_FOR_REVIEW), whatever changes later.
 */
@Injectable()
export class ReviewLevelsService {
  constructor(
    private readonly context: RequestContext,
    private readonly levels: ReviewLevelsRepository,
    private readonly audit: AuditTrail,
  ) {}

  async read(): Promise<ReviewLevels> {
    const principal = this.context.requirePrincipal();
    if (principal.organisationKind !== 'firm') throw AppError.notFound();
    const titles = await this.levels.titles(principal.organisationId);
    return {
      titles: titles ?? [...DEFAULT_REVIEW_LEVEL_TITLES],
      isDefault: titles === null,
      canEdit: principal.roles.includes('firm_admin'),
    };
  }

  async save(request: SaveReviewLevelsRequest): Promise<ReviewLevels> {
    const principal = this.context.requirePrincipal();
    if (principal.organisationKind !== 'firm' || !principal.roles.includes('firm_admin'))
      throw new AppError('REVIEW_LEVELS_FORBIDDEN', 403);
    const checked = checkReviewLevelTitles(request.titles);
    if (!checked.titles) throw AppError.validation(checked.problems);
    await this.levels.save(principal.organisationId, checked.titles);
    await this.audit.record({
      action: 'organisation.review_levels',
      targetType: 'organisation',
      targetId: principal.organisationId,
      detail: { titles: checked.titles },
    });
    return this.read();
  }
}
