import { EVENT_RULES } from '../evaluation/event-rules';
import type { EvaluationEventType } from '../evaluation/evaluation-events';
import type { EvaluationStatus } from '../evaluation/evaluation-status';
import { evaluationMachine } from '../evaluation/evaluation.machine';
import type { Party } from '../evaluation/parties';

/** Parties that work in a status without sending its events: the unit answers requests and feedback. */
const WORKING_PARTIES: Partial<Record<EvaluationStatus, readonly Party[]>> = {
  fieldwork: ['unit'],
  feedback: ['unit'],
};

interface StateNodeLike {
  states: Record<string, StateNodeLike>;
  ownEvents: readonly string[];
}

/**
 * The parties whose move it is in `status`: those who may send one of the status's events (read from
 * the machine and EVENT_RULES, CANCEL aside — the bureau may always cancel), plus the parties that
 * work in it. Due-date reminders go to them.
 */
export function responsibleParties(status: EvaluationStatus): Party[] {
  let node = evaluationMachine.root as unknown as StateNodeLike;
  for (const key of status.split('.')) {
    const child = node.states[key];
    if (!child) return [];
    node = child;
  }
  const parties = new Set<Party>();
  for (const event of node.ownEvents) {
    if (event === 'CANCEL') continue;
    const rule = EVENT_RULES[event as EvaluationEventType] as
      (typeof EVENT_RULES)[EvaluationEventType] | undefined;
    if (rule) parties.add(rule.party);
  }
  for (const party of WORKING_PARTIES[status] ?? []) parties.add(party);
  return [...parties];
}
