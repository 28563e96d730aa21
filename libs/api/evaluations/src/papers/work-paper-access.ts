import { Injectable } from '@nestjs/common';
import { partyOf, workRefusal } from '@jixiao/domain';
import { AppError, RequestContext } from '@jixiao/api-platform';
import { EvaluationAccess } from '../evaluations/evaluation-access';
import { actorOf } from '../evaluations/evaluation-detail';
import { EvaluationFactsReader } from '../evaluations/evaluation-facts';
import { partiesOf, type EvaluationRow } from '../evaluations/evaluation-row';
import { WorkPaperRepository, type StoredWorkPaper } from './work-paper.repository';

/**
 * The door to work papers: internal to the firm. The unit and the bureau get the same 404 as for a
 * missing evaluation or paper, so no route tells them that a paper (or its evaluation's papers) exists.
 */
@Injectable()
export class WorkPaperAccess {
  constructor(
    private readonly context: RequestContext,
    private readonly access: EvaluationAccess,
    private readonly facts: EvaluationFactsReader,
    private readonly papers: WorkPaperRepository,
  ) {}

  /** The evaluation, when the caller is a user of its firm; 404 for anyone else. */
  async requireFirm(id: string): Promise<EvaluationRow> {
    const row = await this.access.require(id);
    if (partyOf(partiesOf(row), this.context.requirePrincipal().organisationId) !== 'firm')
      throw AppError.notFound();
    return row;
  }

  /** The evaluation and one of its papers (locked for a change when `lock`); 404 for anyone but the firm. */
  async requirePaper(
    id: string,
    paperId: string,
    lock = false,
  ): Promise<{ row: EvaluationRow; paper: StoredWorkPaper }> {
    const row = await this.requireFirm(id);
    const paper = await this.papers.find(row, paperId, lock);
    if (!paper) throw AppError.notFound();
    return { row, paper };
  }

  /** Whether the caller may write papers now (the same rule `WorkGuard` enforces on a change). */
  async canWrite(row: EvaluationRow): Promise<boolean> {
    const actor = actorOf(this.context.requirePrincipal());
    const facts = await this.facts.read(row, actor.userId);
    return (
      workRefusal('edit_work_papers', { status: row.status, parties: partiesOf(row), actor, facts }) === null
    );
  }
}
