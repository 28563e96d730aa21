import type { HistoryEntry } from '@jixiao/contracts';
import {
  EVALUATION_PHASES,
  phaseOf,
  type EvaluationPhase,
  type EvaluationStatus,
  type PhaseDueDates,
} from '@jixiao/domain';

export type StepState = 'finish' | 'process' | 'wait' | 'error';

export interface PhaseStep {
  phase: EvaluationPhase;
  state: StepState;
  dueDate: string | null;
  /** The current phase is past its due date. */
  overdue: boolean;
}

/** The phase an evaluation stopped in: its current one, or for a cancelled one the phase it was cancelled in. */
export function stoppedPhase(
  status: EvaluationStatus,
  history: readonly HistoryEntry[],
): EvaluationPhase | null {
  const phase = phaseOf(status);
  if (phase || status !== 'cancelled') return phase;
  const cancelled = [...history].reverse().find((entry) => entry.to === 'cancelled');
  return cancelled?.from ? phaseOf(cancelled.from) : 'commission';
}

/**
 * The stepper: phases before the current one are finished, the current one is in process (or in
 * error when overdue, returned or declined), later ones wait. An archived evaluation has finished all.
 */
export function phaseSteps(
  status: EvaluationStatus,
  dueDates: PhaseDueDates,
  overdue: boolean,
  history: readonly HistoryEntry[] = [],
): PhaseStep[] {
  const current = status === 'archived' ? null : stoppedPhase(status, history);
  const currentIndex =
    status === 'archived' ? EVALUATION_PHASES.length : EVALUATION_PHASES.indexOf(current ?? 'commission');
  const troubled =
    overdue || status === 'declined' || status === 'preparation.returned' || status === 'cancelled';
  return EVALUATION_PHASES.map((phase, index) => {
    const isCurrent = index === currentIndex;
    let state: StepState = index < currentIndex ? 'finish' : 'wait';
    if (isCurrent) state = troubled ? 'error' : 'process';
    return { phase, state, dueDate: dueDates[phase] ?? null, overdue: isCurrent && overdue };
  });
}

/** Index of the current step for nz-steps (the number of phases when all are finished). */
export function currentStepIndex(steps: readonly PhaseStep[]): number {
  const index = steps.findIndex((step) => step.state === 'process' || step.state === 'error');
  return index === -1 ? steps.length : index;
}
