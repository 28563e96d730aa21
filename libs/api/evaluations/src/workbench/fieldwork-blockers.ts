import { Injectable } from '@nestjs/common';
import { figureDefinition, neededFigures, unscoredIndicators, unverifiedFigures } from '@jixiao/domain';
import type { EvaluationRow } from '../evaluations/evaluation-row';
import { FiguresRepository } from '../figures/figures.repository';
import { EvaluationFrameworkRepository } from '../framework/evaluation-framework.repository';
import { computeState, declaredUnscored, stateOf } from './workbench-inputs';
import { WorkbenchRepository } from './workbench.repository';

/**
 * What on the figures and workbench side still stands between fieldwork and the draft, for the
 * "close fieldwork" check: needed figures not verified, and indicators neither scored nor declared
 * unscored with a reason. Reads the firm's workbench rows, so call it as the firm (the lead closing).
 */
@Injectable()
export class FieldworkBlockersReader {
  constructor(
    private readonly frameworks: EvaluationFrameworkRepository,
    private readonly figures: FiguresRepository,
    private readonly workbench: WorkbenchRepository,
  ) {}

  async unverifiedFigures(row: EvaluationRow): Promise<{ key: string; name: string }[]> {
    const framework = await this.frameworks.find(row);
    if (!framework) return [];
    const needed = neededFigures(framework.framework);
    return unverifiedFigures(needed, await this.figures.list(row)).map((key) => ({
      key,
      name: figureDefinition(key)?.name ?? key,
    }));
  }

  async unscoredIndicators(row: EvaluationRow): Promise<{ id: string; name: string }[]> {
    const framework = await this.frameworks.find(row);
    if (!framework) return [];
    const state = stateOf(framework, await this.figures.list(row), await this.workbench.list(row));
    return unscoredIndicators(state.framework, computeState(state), declaredUnscored(state.rows));
  }
}
