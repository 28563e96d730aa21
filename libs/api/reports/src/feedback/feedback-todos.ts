import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { TodoItem } from '@jixiao/contracts';
import { TodoSources, partiesOf, type EvaluationRow, type TodoSource } from '@jixiao/api-evaluations';
import { daysPastDue, workRefusal, type EvaluationActor, type EvaluationFacts } from '@jixiao/domain';
import { FeedbackRepository } from './feedback.repository';

/**
 * Feedback's to-dos (待办) while an evaluation is in feedback: the unit head signs the form (签署征求意见表),
 * the unit's liaison or admin fills it (填写征求意见表) until it is signed, and the declared team answers
 * the opinions still unanswered (with their count). One query for all the caller's evaluations.
 */
@Injectable()
export class FeedbackTodos implements TodoSource, OnModuleInit {
  constructor(
    private readonly sources: TodoSources,
    private readonly feedback: FeedbackRepository,
  ) {}

  onModuleInit(): void {
    this.sources.register(this);
  }

  async todos(
    rows: readonly EvaluationRow[],
    actor: EvaluationActor,
    facts: ReadonlyMap<string, EvaluationFacts>,
  ): Promise<TodoItem[]> {
    const open = rows.filter((row) => row.status === 'feedback');
    const standings = new Map(
      (await this.feedback.standings(open)).map((entry) => [entry.evaluationId, entry]),
    );
    const items: TodoItem[] = [];
    for (const row of open) {
      const standing = standings.get(row.id);
      const known = facts.get(row.id);
      if (!standing || !known) continue;
      const may = (action: 'fill_feedback' | 'sign_feedback' | 'answer_feedback') =>
        workRefusal(action, { status: row.status, parties: partiesOf(row), actor, facts: known }) === null;
      const overdue = daysPastDue(standing.dueDate, row.today) > 0;
      const item = { evaluationId: row.id, title: row.title, status: row.status, dueDate: standing.dueDate };
      if (!standing.signed && may('sign_feedback')) items.push({ ...item, action: 'sign_feedback', overdue });
      else if (!standing.signed && may('fill_feedback'))
        items.push({ ...item, action: 'fill_feedback', overdue });
      else if (standing.unanswered > 0 && may('answer_feedback'))
        items.push({
          ...item,
          action: 'answer_feedback',
          dueDate: null,
          overdue: false,
          count: standing.unanswered,
        });
    }
    return items;
  }
}
