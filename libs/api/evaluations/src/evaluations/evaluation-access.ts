import { Injectable } from '@nestjs/common';
import { allowsOn, defineAbilityFor } from '@jixiao/domain';
import { AppError, RequestContext } from '@jixiao/api-platform';
import type { EvaluationRow } from './evaluation-row';
import { EvaluationRepository } from './evaluation.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The one door to an evaluation record: row-level security hides other parties' evaluations, and
 * the caller's ability is checked on the row's party columns. Missing and foreign answer the same 404.
 */
@Injectable()
export class EvaluationAccess {
  constructor(
    private readonly evaluations: EvaluationRepository,
    private readonly context: RequestContext,
  ) {}

  async require(id: string, options: { lock?: boolean } = {}): Promise<EvaluationRow> {
    if (!UUID.test(id)) throw AppError.notFound();
    const row = await this.evaluations.find(id, options.lock ?? false);
    const principal = this.context.requirePrincipal();
    if (
      !row ||
      !allowsOn(defineAbilityFor(principal), 'read', 'Evaluation', {
        bureauOrgId: row.bureau_org_id,
        firmOrgId: row.firm_org_id,
        unitOrgId: row.unit_org_id,
      })
    )
      throw AppError.notFound();
    return row;
  }
}
