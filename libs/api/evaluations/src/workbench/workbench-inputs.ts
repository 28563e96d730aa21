import type { WorkbenchRow } from '@jixiao/contracts';
import {
  ENGINE_VERSION,
  effectiveFigures,
  engineInputs,
  evaluate,
  staleReasons,
  type EvaluationResult,
  type Figures,
  type Framework,
  type StaleReason,
} from '@jixiao/domain';
import type { StoredFigure } from '../figures/figures.repository';
import type { StoredResult } from './workbench.repository';

/** Everything `evaluate` needs for an evaluation, read from its stored rows. */
export interface ScoringState {
  framework: Framework;
  frameworkVersion: number;
  figures: Figures;
  rows: WorkbenchRow[];
}

export function stateOf(
  framework: { framework: Framework; version: number },
  figures: readonly StoredFigure[],
  rows: WorkbenchRow[],
): ScoringState {
  return {
    framework: framework.framework,
    frameworkVersion: framework.version,
    figures: effectiveFigures(figures),
    rows,
  };
}

/** The same `evaluate` the browser runs, on the stored inputs. */
export function computeState(state: ScoringState): EvaluationResult {
  const { observations, overrides } = engineInputs(
    state.rows.map((row) => ({
      indicatorId: row.indicatorId,
      observations: row.observations,
      override: row.override,
      unscoredReason: row.unscoredReason,
    })),
  );
  return evaluate(state.framework, state.figures, observations, overrides);
}

/** Why the stored result is no longer what would be computed now (never rewritten silently). */
export function staleness(stored: StoredResult, state: ScoringState): StaleReason[] {
  return staleReasons(stored, {
    engineVersion: ENGINE_VERSION,
    frameworkVersion: state.frameworkVersion,
    figures: state.figures,
  });
}

/** Indicators declared unscored with a reason. */
export function declaredUnscored(rows: readonly WorkbenchRow[]): Set<string> {
  return new Set(rows.filter((row) => row.unscoredReason !== null).map((row) => row.indicatorId));
}
