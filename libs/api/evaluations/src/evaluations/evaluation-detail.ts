import { Injectable } from '@nestjs/common';
import type { EvaluationDetail } from '@jixiao/contracts';
import {
  allowedWork,
  offeredEvents,
  partyOf,
  planBlockers,
  type EvaluationActor,
  type EvaluationFacts,
} from '@jixiao/domain';
import { RequestContext } from '@jixiao/api-platform';
import { EvaluationFilesRepository } from '../files/evaluation-files.repository';
import { EvaluationFrameworkRepository } from '../framework/evaluation-framework.repository';
import { HistoryRepository } from '../history/history.repository';
import { WorkPlanRepository } from '../plan/work-plan.repository';
import { TeamRepository } from '../team/team.repository';
import { EvaluationFactsReader } from './evaluation-facts';
import { partiesOf, snapshotOf, toSummary, type EvaluationRow } from './evaluation-row';

export function actorOf(principal: {
  userId: string;
  organisationId: string;
  roles: EvaluationActor['roles'];
}): EvaluationActor {
  return { userId: principal.userId, organisationId: principal.organisationId, roles: principal.roles };
}

/** Everything one party may see of an evaluation, with the actions the caller may take now. */
@Injectable()
export class EvaluationDetailReader {
  constructor(
    private readonly context: RequestContext,
    private readonly facts: EvaluationFactsReader,
    private readonly team: TeamRepository,
    private readonly plans: WorkPlanRepository,
    private readonly frameworks: EvaluationFrameworkRepository,
    private readonly files: EvaluationFilesRepository,
    private readonly history: HistoryRepository,
  ) {}

  async read(row: EvaluationRow): Promise<EvaluationDetail> {
    const principal = this.context.requirePrincipal();
    const actor = actorOf(principal);
    const facts = await this.facts.readForDecision(row, actor);
    const offers = this.offers(row, actor, facts);
    return {
      ...toSummary(row, principal.organisationId),
      focus: row.focus,
      requirements: row.requirements,
      cancelReason: row.cancel_reason,
      ...offers,
      team: await this.team.list(row),
      plan: await this.plans.find(row),
      framework: await this.frameworks.find(row),
      files: await this.files.list(row),
      history: await this.history.list(row),
      planBlockers: partyOf(partiesOf(row), actor.organisationId) === 'firm' ? planBlockers(facts) : [],
      fieldworkBlockers: [...(facts.fieldworkBlockers ?? [])],
    };
  }

  offers(row: EvaluationRow, actor: EvaluationActor, facts: EvaluationFacts) {
    return {
      availableEvents: offeredEvents(snapshotOf(row), actor, facts),
      availableWork: allowedWork({ status: row.status, parties: partiesOf(row), actor, facts }),
    };
  }
}
