import { Injectable } from '@nestjs/common';
import {
  EvaluationFrameworkRepository,
  FiguresRepository,
  HistoryRepository,
  WorkbenchRepository,
  computeState,
  stateOf,
  type EvaluationRow,
} from '@jixiao/api-evaluations';
import {
  milestonesOf,
  reportDateOf,
  reportModelOf,
  type EvaluationResult,
  type ReportModel,
  type ReportNarrative,
  type ReportOptions,
} from '@jixiao/domain';
// Feedback (征求意见, issue 11): 附件2 from the form and its answers
import { FeedbackRoundReader } from '../feedback/feedback-round.reader';

export interface ReportSourceState {
  model: ReportModel;
  /** `evaluate()` of the stored inputs now: what the gate checks the model against. */
  result: EvaluationResult;
}

/**
 * The report model of an evaluation from its stored data: the adopted framework, the effective figures,
 * the workbench rows (scores, 完成情况, 扣分原因, overrides), the history's dates and the narrative.
 * Reads firm-internal rows, so it is used on the firm's behalf only.
 */
@Injectable()
export class ReportSourceReader {
  constructor(
    private readonly frameworks: EvaluationFrameworkRepository,
    private readonly figures: FiguresRepository,
    private readonly workbench: WorkbenchRepository,
    private readonly history: HistoryRepository,
    private readonly feedback: FeedbackRoundReader,
  ) {}

  /** The recomputed result, or null before a framework is adopted. */
  async result(row: EvaluationRow): Promise<EvaluationResult | null> {
    const framework = await this.frameworks.find(row);
    if (!framework) return null;
    return computeState(stateOf(framework, await this.figures.list(row), await this.workbench.list(row)));
  }

  async read(
    row: EvaluationRow,
    narrative: ReportNarrative | undefined,
    options: Partial<ReportOptions> | undefined,
  ): Promise<ReportSourceState | null> {
    const framework = await this.frameworks.find(row);
    if (!framework) return null;
    const state = stateOf(framework, await this.figures.list(row), await this.workbench.list(row));
    const result = computeState(state);
    const history = await this.history.list(row);
    const model = reportModelOf({
      framework: state.framework,
      result,
      figures: state.figures,
      writings: state.rows.map((entry) => ({
        indicatorId: entry.indicatorId,
        findings: entry.findings,
        deductionReason: entry.deductionReason,
      })),
      facts: {
        evaluationTitle: row.title,
        unitName: row.unit_name,
        bureauName: row.bureau_name,
        firmName: row.firm_name,
        fiscalYear: row.fiscal_year,
        reportDate: reportDateOf(new Date()),
        fundsInScope: row.funds_in_scope,
        history: milestonesOf(history),
      },
      narrative,
      options,
    });
    const feedback = await this.feedback.read(row);
    return { model: feedback ? { ...model, feedback } : model, result };
  }
}
