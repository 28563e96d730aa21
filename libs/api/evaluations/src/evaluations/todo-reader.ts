import { Injectable } from '@nestjs/common';
import type { RequestTodoAction, TodoItem } from '@jixiao/contracts';
import type { EvaluationEventType, WorkAction } from '@jixiao/domain';
import {
  partyOf,
  planBlockers,
  requestAwaitsTeam,
  requestAwaitsUnit,
  requestDue,
  requestRefusal,
  requestStatusOf,
} from '@jixiao/domain';
import { RequestContext } from '@jixiao/api-platform';
import { LifecycleHooks } from '../lifecycle/lifecycle-hooks';
import { RequestHistoryRepository, type ItemStanding } from '../requests/request-history.repository';
import { actorOf, EvaluationDetailReader } from './evaluation-detail';
import { EvaluationFactsReader } from './evaluation-facts';
import { partiesOf, type EvaluationRow } from './evaluation-row';
import { EvaluationRepository } from './evaluation.repository';
// Feedback (征求意见, issue 11): later capabilities' to-dos
import { TodoSources } from '../lifecycle/todo-sources';

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

/**
 * What the caller has to do now across their evaluations (待办), soonest due first. A fixed number of
 * queries for any number of evaluations: the list, three for the facts, one for the request items.
 */
@Injectable()
export class TodoReader {
  constructor(
    private readonly context: RequestContext,
    private readonly evaluations: EvaluationRepository,
    private readonly facts: EvaluationFactsReader,
    private readonly detail: EvaluationDetailReader,
    private readonly requests: RequestHistoryRepository,
    private readonly hooks: LifecycleHooks,
    // Feedback (征求意见, issue 11)
    private readonly sources: TodoSources,
  ) {}

  async read(): Promise<TodoItem[]> {
    const principal = this.context.requirePrincipal();
    const actor = actorOf(principal);
    const rows = await this.evaluations.listOpen(principal.organisationId, principal.organisationKind, 200);
    const factsById = await this.facts.readMany(rows, actor.userId);
    const standings = await this.requests.standings(rows.filter((row) => row.status === 'fieldwork'));
    const items: TodoItem[] = [];
    for (const row of rows) {
      const facts = factsById.get(row.id);
      if (!facts) continue;
      // Three-level review (三级复核, issue 11): a reviewer's 待办 shows the reports waiting for their level.
      if (row.status === 'review') await this.hooks.addFacts(row, actor, facts);
      const { availableEvents, availableWork } = this.detail.offers(row, actor, facts);
      const event = FORWARD_EVENTS.find((candidate) => availableEvents.includes(candidate));
      const work = this.pendingWork(availableWork, facts.teamHasLead, planBlockers(facts).length > 0);
      const action: EvaluationEventType | WorkAction | undefined =
        work === 'declare_independence' ? work : (event ?? work);
      if (action) items.push(this.item(row, action, row.current_due_date, row.overdue));
      const requestTodo = this.requestTodo(
        row,
        standings.filter((standing) => standing.evaluation_id === row.id),
        { actorIsTeamMember: facts.actorIsTeamMember, actorHasDeclared: facts.actorHasDeclared },
      );
      if (requestTodo) items.push(requestTodo);
    }
    // Feedback (征求意见, issue 11) and later capabilities
    items.push(...(await this.sources.todos(rows, actor, factsById)));
    return items;
  }

  /** The unit's items to answer or the team's items to review, when the caller may act on them. */
  private requestTodo(
    row: EvaluationRow,
    standings: readonly ItemStanding[],
    team: { actorIsTeamMember: boolean; actorHasDeclared: boolean },
  ): TodoItem | null {
    if (standings.length === 0) return null;
    const principal = this.context.requirePrincipal();
    const party = partyOf(partiesOf(row), principal.organisationId);
    const situation = {
      evaluationStatus: row.status,
      parties: partiesOf(row),
      actor: actorOf(principal),
      ...team,
    };
    const today = row.today;
    const shown = standings.map((standing) => ({
      status: requestStatusOf(standing.state, standing.submitted),
      dueDate: standing.due_date,
    }));
    const [action, waiting]: [RequestTodoAction, typeof shown] =
      party === 'unit'
        ? ['answer_requests', shown.filter((item) => requestAwaitsUnit(item.status))]
        : ['review_requests', shown.filter((item) => requestAwaitsTeam(item.status))];
    const decision = action === 'answer_requests' ? 'answer' : 'accept';
    if (waiting.length === 0 || requestRefusal(decision, { ...situation, itemStatus: waiting[0].status }))
      return null;
    const dues = waiting
      .map((item) => item.dueDate)
      .filter((due): due is string => due !== null)
      .sort();
    const overdue = waiting.some((item) => requestDue(item.status, item.dueDate, today).overdue);
    return {
      ...this.item(row, action, dues[0] ?? null, action === 'answer_requests' && overdue),
      count: waiting.length,
    };
  }

  private item(
    row: EvaluationRow,
    action: TodoItem['action'],
    dueDate: string | null,
    overdue: boolean,
  ): TodoItem {
    return { evaluationId: row.id, title: row.title, status: row.status, action, dueDate, overdue };
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
