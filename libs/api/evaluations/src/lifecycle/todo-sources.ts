import { Injectable } from '@nestjs/common';
import type { TodoItem } from '@jixiao/contracts';
import type { EvaluationActor, EvaluationFacts } from '@jixiao/domain';
import type { EvaluationRow } from '../evaluations/evaluation-row';

/**
 * A later capability's part of the caller's to-do list (待办) — e.g. feedback: the unit's form to fill or
 * sign, the team's opinions to answer — computed for all the caller's open evaluations at once (a fixed
 * number of queries), from the facts the to-do reader already has.
 */
export interface TodoSource {
  todos(
    rows: readonly EvaluationRow[],
    actor: EvaluationActor,
    facts: ReadonlyMap<string, EvaluationFacts>,
  ): Promise<TodoItem[]>;
}

/** The seam through which capabilities that depend on this library add to-dos (registered on module start). */
@Injectable()
export class TodoSources {
  private readonly sources: TodoSource[] = [];

  register(source: TodoSource): void {
    this.sources.push(source);
  }

  async todos(
    rows: readonly EvaluationRow[],
    actor: EvaluationActor,
    facts: ReadonlyMap<string, EvaluationFacts>,
  ): Promise<TodoItem[]> {
    const items: TodoItem[] = [];
    for (const source of this.sources) items.push(...(await source.todos(rows, actor, facts)));
    return items;
  }
}
