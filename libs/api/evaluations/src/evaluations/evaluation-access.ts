import { Injectable } from '@nestjs/common';
import { abilityFor, allowsOn } from '@jixiao/domain';
import { AppError, RequestContext } from '@jixiao/api-platform';
import type { EvaluationRow } from './evaluation-row';
import { EvaluationRepository } from './evaluation.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The one door to an evaluation record: row-level security hides other parties' evaluations, and
 * the caller's ability is checked on the row's party columns. Missing and foreign answer the same 404.
 * An archived evaluation is frozen: a request that changes something (any method but GET/HEAD) is
 * refused with 409 EVALUATION_ARCHIVED — unless the service adds to the archive on purpose
 * (`afterArchive`: amendments, the archive package), and the database allows only those rows.
 */
@Injectable()
export class EvaluationAccess {
  constructor(
    private readonly evaluations: EvaluationRepository,
    private readonly context: RequestContext,
  ) {}

  async require(
    id: string,
    options: { lock?: boolean; afterArchive?: boolean } = {},
  ): Promise<EvaluationRow> {
    if (!UUID.test(id)) throw AppError.notFound();
    // Read first, lock after: row-level security hides an archived row from a locking read
    // (its UPDATE policies apply), which must answer 409, not 404.
    const row = await this.evaluations.find(id, false);
    const principal = this.context.requirePrincipal();
    if (
      !row ||
      !allowsOn(abilityFor(principal), 'read', 'Evaluation', {
        bureauOrgId: row.bureau_org_id,
        firmOrgId: row.firm_org_id,
        unitOrgId: row.unit_org_id,
      })
    )
      throw AppError.notFound();
    if (row.status === 'archived' && this.context.mutating && !options.afterArchive)
      throw new AppError('EVALUATION_ARCHIVED', 409);
    if (!options.lock) return row;
    const locked = await this.evaluations.find(id, true);
    if (!locked) throw new AppError('EVALUATION_ARCHIVED', 409);
    return locked;
  }
}
