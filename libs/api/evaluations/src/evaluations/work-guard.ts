import { Injectable } from '@nestjs/common';
import {
  refusalMessage,
  workRefusal,
  type EvaluationFacts,
  type RefusalCode,
  type WorkAction,
} from '@jixiao/domain';
import { AppError, RequestContext } from '@jixiao/api-platform';
import { actorOf } from './evaluation-detail';
import { EvaluationFactsReader } from './evaluation-facts';
import { partiesOf, type EvaluationRow } from './evaluation-row';

const FORBIDDEN_REFUSALS: readonly RefusalCode[] = [
  'not_a_party',
  'wrong_party',
  'wrong_role',
  'not_team_member',
];

/** Checks that the caller may do a piece of work on an evaluation now (the same rule the web offers). */
@Injectable()
export class WorkGuard {
  constructor(
    private readonly context: RequestContext,
    private readonly facts: EvaluationFactsReader,
  ) {}

  async require(action: WorkAction, row: EvaluationRow): Promise<EvaluationFacts> {
    const actor = actorOf(this.context.requirePrincipal());
    const facts = await this.facts.read(row, actor.userId);
    const refusal = workRefusal(action, { status: row.status, parties: partiesOf(row), actor, facts });
    if (refusal) {
      const forbidden = FORBIDDEN_REFUSALS.includes(refusal);
      throw new AppError(
        forbidden ? 'EVALUATION_ACTION_FORBIDDEN' : 'EVALUATION_ACTION_REFUSED',
        forbidden ? 403 : 409,
        [
          {
            field: 'action',
            code: `evaluation.${refusal}`,
            message: refusalMessage(refusal, this.context.locale),
          },
        ],
      );
    }
    return facts;
  }
}
