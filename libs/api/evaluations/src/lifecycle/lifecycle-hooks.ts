import { Injectable } from '@nestjs/common';
import type { EvaluationActor, EvaluationEventType, EvaluationFacts, EvaluationStatus } from '@jixiao/domain';
import type { EvaluationRow } from '../evaluations/evaluation-row';

/** A transition just written: the evaluation's row as it was, and what changed. */
export interface AppliedTransition {
  event: EvaluationEventType;
  from: EvaluationStatus;
  to: EvaluationStatus;
  actor: EvaluationActor;
  actorName: string;
  comment: string | null;
  /** The evaluation's version after the transition. */
  version: number;
}

/**
 * What a later capability (report, feedback, review, delivery, archive) adds to the lifecycle without
 * the evaluations library depending on it: facts for the machine's guards, and its own rows written in
 * the transition's transaction.
 */
export interface LifecycleHook {
  /**
   * Adds what this capability knows to `facts`, for deciding an event or offering it to `actor`. Runs on
   * every read of an evaluation's detail: compute only in the statuses where the facts matter.
   */
  addFacts?(
    row: EvaluationRow,
    actor: { userId: string; organisationId: string },
    facts: EvaluationFacts,
  ): Promise<void>;
  /**
   * In the transition's transaction, after the new status is written: the capability's own rows (a
   * sign-off, the issued version, the archive). Throwing an AppError refuses the whole transition.
   */
  applied?(row: EvaluationRow, transition: AppliedTransition): Promise<void>;
}

/**
 * The seam between the machine and the capabilities that depend on this library (not the other way
 * round): each registers its hook on module start. Without a hook its facts stay unknown and the
 * machine answers `not_available_yet`.
 */
@Injectable()
export class LifecycleHooks {
  private readonly hooks: LifecycleHook[] = [];

  register(hook: LifecycleHook): void {
    this.hooks.push(hook);
  }

  async addFacts(
    row: EvaluationRow,
    actor: { userId: string; organisationId: string },
    facts: EvaluationFacts,
  ): Promise<void> {
    for (const hook of this.hooks) await hook.addFacts?.(row, actor, facts);
  }

  async applied(row: EvaluationRow, transition: AppliedTransition): Promise<void> {
    for (const hook of this.hooks) await hook.applied?.(row, transition);
  }
}
