import { Injectable } from '@nestjs/common';
import {
  requestRefusal,
  requestRefusalMessage,
  type RequestAction,
  type RequestRefusal,
  type RequestSituation,
  type RequestStatus,
} from '@jixiao/domain';
import { AppError, RequestContext } from '@jixiao/api-platform';
import { actorOf } from '../evaluations/evaluation-detail';
import { partiesOf, type EvaluationRow } from '../evaluations/evaluation-row';
import { TeamRepository } from '../team/team.repository';

/** Refusals about who is asking answer 403; refusals about the item's or evaluation's state answer 409. */
const FORBIDDEN: readonly RequestRefusal[] = [
  'not_a_party',
  'wrong_party',
  'wrong_role',
  'not_team_member',
  'declaration_required',
];

function refusalField(refusal: RequestRefusal): string {
  if (refusal === 'request_reason_required') return 'reason';
  if (refusal === 'request_answer_empty') return 'explanation';
  return 'action';
}

/** The caller's situation on the request list, and the check every item change starts with. */
@Injectable()
export class RequestGuard {
  constructor(
    private readonly context: RequestContext,
    private readonly team: TeamRepository,
  ) {}

  async situation(row: EvaluationRow): Promise<Omit<RequestSituation, 'itemStatus'>> {
    const actor = actorOf(this.context.requirePrincipal());
    const standing = await this.team.standing(row, actor.userId);
    return {
      evaluationStatus: row.status,
      parties: partiesOf(row),
      actor,
      actorIsTeamMember: standing.actorIsMember,
      actorHasDeclared: standing.actorHasDeclared,
    };
  }

  async require(
    action: RequestAction,
    row: EvaluationRow,
    item: { status: RequestStatus | null; reason?: string; answerHasContent?: boolean },
  ): Promise<void> {
    const situation = await this.situation(row);
    const refusal = requestRefusal(action, {
      ...situation,
      itemStatus: item.status,
      reason: item.reason,
      answerHasContent: item.answerHasContent,
    });
    if (refusal) throw this.refused(refusal);
  }

  refused(refusal: RequestRefusal): AppError {
    const forbidden = FORBIDDEN.includes(refusal);
    return new AppError(
      forbidden ? 'EVALUATION_ACTION_FORBIDDEN' : 'EVALUATION_ACTION_REFUSED',
      forbidden ? 403 : 409,
      [
        {
          field: refusalField(refusal),
          code: `request.${refusal}`,
          message: requestRefusalMessage(refusal, this.context.locale),
        },
      ],
    );
  }
}
