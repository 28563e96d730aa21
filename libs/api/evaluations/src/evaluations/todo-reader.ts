import { Injectable } from '@nestjs/common';
import type { TodoItem } from '@jixiao/contracts';
import type { EvaluationEventType, WorkAction } from '@jixiao/domain';
import { planBlockers } from '@jixiao/domain';
import { RequestContext } from '@jixiao/api-platform';
import { actorOf, EvaluationDetailReader } from './evaluation-detail';
import { EvaluationFactsReader } from './evaluation-facts';
import { EvaluationRepository } from './evaluation.repository';

/** Events that move the evaluation forward: each is a to-do for whoever may send it. */
const FORWARD_EVENTS: readonly EvaluationEventType[] = [
  'ACCEPT',
  'REASSIGN_FIRM',
  'APPROVE_PLAN',
  'SUBMIT_PLAN',
  'CLOSE_FIELDWORK',
  'SEND_FOR_FEEDBACK',
  'PRODUCE_FINAL',
  'SUBMIT_FOR_REVIEW',
  'SIGN_REVIEW',
  'ISSUE',
  'ACKNOWLEDGE',
  'ARCHIVE',
];

/** What the caller has to do now across their evaluations (待办), soonest due first. */
@Injectable()
export class TodoReader {
  constructor(
    private readonly context: RequestContext,
    private readonly evaluations: EvaluationRepository,
    private readonly facts: EvaluationFactsReader,
    private readonly detail: EvaluationDetailReader,
  ) {}

  async read(): Promise<TodoItem[]> {
    const principal = this.context.requirePrincipal();
    const actor = actorOf(principal);
    const rows = await this.evaluations.listOpen(principal.organisationId, principal.organisationKind, 200);
    const items: TodoItem[] = [];
    for (const row of rows) {
      const facts = await this.facts.read(row, actor.userId);
      const { availableEvents, availableWork } = this.detail.offers(row, actor, facts);
      const event = FORWARD_EVENTS.find((candidate) => availableEvents.includes(candidate));
      const work = this.pendingWork(availableWork, facts.teamHasLead, planBlockers(facts).length > 0);
      const action: EvaluationEventType | WorkAction | undefined =
        work === 'declare_independence' ? work : (event ?? work);
      if (!action) continue;
      items.push({
        evaluationId: row.id,
        title: row.title,
        status: row.status,
        action,
        dueDate: row.current_due_date,
        overdue: row.overdue,
      });
    }
    return items;
  }

  private pendingWork(
    work: readonly WorkAction[],
    teamHasLead: boolean,
    planBlocked: boolean,
  ): WorkAction | undefined {
    if (work.includes('declare_independence')) return 'declare_independence';
    if (work.includes('manage_team') && !teamHasLead) return 'manage_team';
    if (work.includes('edit_plan') && planBlocked) return 'edit_plan';
    return undefined;
  }
}
