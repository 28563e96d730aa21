import type { Figures, Observations, Overrides } from '../evaluation.model';
import type { DecimalString } from '../framework.model';

/** The reason every override of a report fixture carries: the score is the one the report lists. */
export const REPORTED_SCORE_REASON = '报告所列得分';

/**
 * A real report as data: its figures, what its findings text (完成情况/扣分原因) says for each rule, the
 * scores it lists (as overrides, where it lists them), and what it states as the total and grade.
 */
export interface ReportFixture {
  /** `Framework.key` of the indicator system the report scores against. */
  frameworkKey: string;
  /** Where the report is (for humans). */
  source: string;
  /** The numbers the report states (万元, counts), by the figure keys the framework's measures use. */
  figures: Figures;
  /** What the report's findings say for each rule that needs an observation, by indicator id. */
  observations: Observations;
  /** The scores the report lists, by indicator id, each with reason `REPORTED_SCORE_REASON`. */
  overrides: Overrides;
  stated: {
    total: DecimalString;
    grade: string;
    /** Level-1 scores as the report's summary table states them, by level-1 id. */
    level1: Readonly<Record<string, DecimalString>>;
  };
}

/** Builds the overrides of a fixture from `id → score`. */
export function reportedScores(scores: Readonly<Record<string, DecimalString>>): Overrides {
  return Object.fromEntries(
    Object.entries(scores).map(([id, score]) => [id, { score, reason: REPORTED_SCORE_REASON }]),
  );
}
