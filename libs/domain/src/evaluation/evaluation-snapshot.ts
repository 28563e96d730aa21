import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import type { EvaluationActor, EvaluationFacts } from './evaluation-actor';
import type { EvaluationContext, EvaluationInput } from './evaluation-context';
import { EVALUATION_EVENT_TYPES, type EvaluationEvent, type EvaluationEventType } from './evaluation-events';
import { isEvaluationStatus, type EvaluationStatus } from './evaluation-status';
import { EVALUATION_MACHINE_VERSION, evaluationMachine } from './evaluation.machine';
import { eventRefusal } from './event-rules';
import type { RefusalCode } from './refusals';

export type EvaluationSnapshot = SnapshotFrom<typeof evaluationMachine>;

/** What is stored in the database: the state value and the context, with the machine version. */
export interface StoredEvaluationSnapshot {
  machineVersion: number;
  value: string | Record<string, string>;
  context: EvaluationContext;
}

export function startEvaluation(input: EvaluationInput): EvaluationSnapshot {
  return initialTransition(evaluationMachine, input)[0];
}

export function statusOf(snapshot: EvaluationSnapshot): EvaluationStatus {
  const value = snapshot.value as string | Record<string, string>;
  const status =
    typeof value === 'string'
      ? value
      : Object.entries(value).map(([parent, child]) => `${parent}.${child}`)[0];
  if (!isEvaluationStatus(status)) throw new Error(`Unknown evaluation state ${JSON.stringify(value)}`);
  return status;
}

export function storeEvaluationSnapshot(snapshot: EvaluationSnapshot): StoredEvaluationSnapshot {
  return {
    machineVersion: EVALUATION_MACHINE_VERSION,
    value: snapshot.value as string | Record<string, string>,
    context: snapshot.context,
  };
}

/**
 * Upgrades from older machine versions, keyed by the version they upgrade from. Version 0 was the
 * pre-release shape (plan review as top-level states `plan_submitted` / `plan_returned`, no review
 * counter); it is kept as the worked example of an upgrade.
 */
const UPGRADES: Record<number, (stored: StoredEvaluationSnapshot) => StoredEvaluationSnapshot> = {
  0: (stored) => {
    const renamed: Record<string, Record<string, string>> = {
      preparation: { preparation: 'drafting' },
      plan_submitted: { preparation: 'submitted' },
      plan_returned: { preparation: 'returned' },
    };
    const value = typeof stored.value === 'string' ? (renamed[stored.value] ?? stored.value) : stored.value;
    const context = stored.context as Partial<EvaluationContext> & Pick<EvaluationContext, 'parties'>;
    return {
      machineVersion: 1,
      value,
      context: {
        parties: context.parties,
        reviewLevels: context.reviewLevels ?? 3,
        signedLevels: context.signedLevels ?? 0,
      },
    };
  },
};

/** Restores a stored snapshot, upgrading it from an older machine version when needed. */
export function loadEvaluationSnapshot(stored: StoredEvaluationSnapshot): EvaluationSnapshot {
  let current = stored;
  if (current.machineVersion > EVALUATION_MACHINE_VERSION)
    throw new Error(`Snapshot of machine version ${current.machineVersion} is newer than this code`);
  while (current.machineVersion < EVALUATION_MACHINE_VERSION) {
    const upgrade = UPGRADES[current.machineVersion];
    if (!upgrade) throw new Error(`No upgrade from machine version ${current.machineVersion}`);
    current = upgrade(current);
  }
  const snapshot = evaluationMachine.resolveState({ value: current.value, context: current.context });
  statusOf(snapshot);
  return snapshot;
}

/** Whether the current state has a transition for `type` at all (guards aside). */
export function handlesEvent(snapshot: EvaluationSnapshot, type: EvaluationEventType): boolean {
  return snapshot._nodes.some((node) => node.ownEvents.includes(type));
}

/** Why `event` is refused in `snapshot`, or null when the machine takes it. */
export function refusalOf(snapshot: EvaluationSnapshot, event: EvaluationEvent): RefusalCode | null {
  if (!handlesEvent(snapshot, event.type)) return 'wrong_phase';
  const refusal = eventRefusal(snapshot.context, event);
  if (refusal) return refusal;
  return snapshot.can(event) ? null : 'wrong_phase';
}

export type TransitionResult =
  | { ok: true; snapshot: EvaluationSnapshot; from: EvaluationStatus; to: EvaluationStatus }
  | { ok: false; refusal: RefusalCode };

/** The pure step the API persists: the next snapshot, or the reason the event is refused. */
export function applyEvaluationEvent(snapshot: EvaluationSnapshot, event: EvaluationEvent): TransitionResult {
  const refusal = refusalOf(snapshot, event);
  if (refusal) return { ok: false, refusal };
  const [next] = transition(evaluationMachine, snapshot, event);
  return { ok: true, snapshot: next, from: statusOf(snapshot), to: statusOf(next) };
}

/**
 * The events this actor may send now: what the web shows as buttons. An event that needs a
 * comment or a chosen firm is offered when everything else allows it (the form asks for the rest).
 */
export function offeredEvents(
  snapshot: EvaluationSnapshot,
  actor: EvaluationActor,
  facts: EvaluationFacts,
): EvaluationEventType[] {
  return EVALUATION_EVENT_TYPES.filter(
    (type) =>
      refusalOf(snapshot, {
        type,
        actor,
        facts: { ...facts, newFirmInRoster: true },
        comment: '…',
        newFirmOrgId: `${snapshot.context.parties.firmOrgId}-another`,
      }) === null,
  );
}
