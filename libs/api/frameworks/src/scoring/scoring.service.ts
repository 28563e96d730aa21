import { Injectable } from '@nestjs/common';
import type { ScoreFrameworkResponse } from '@jixiao/contracts';
import {
  consistencyReport,
  evaluate,
  localiseProblem,
  localiseReport,
  localiseResult,
  validateOverrides,
  validateScoringInputs,
} from '@jixiao/domain';
import { AppError, RequestContext, type FieldProblem } from '@jixiao/api-platform';
import { requireValidFramework } from '../templates/framework-problems';
import { statedProblems } from './stated';
import type { ScoreFrameworkDto } from './score-framework.dto';

/**
 * Scores a framework against figures, observations and overrides, the same computation evaluations
 * use. Every input is checked first: figures must be numbers, observations and overrides must name
 * indicators of the framework; any problem answers 400 VALIDATION_FAILED with one detail per input.
 */
@Injectable()
export class ScoringService {
  constructor(private readonly context: RequestContext) {}

  score(dto: ScoreFrameworkDto): ScoreFrameworkResponse {
    const locale = this.context.locale;
    const { framework, problems } = requireValidFramework(dto.framework, locale);
    const inputProblems: FieldProblem[] = [
      ...validateScoringInputs(framework, dto.figures, dto.observations).map((problem) => ({
        field: problem.field,
        code: problem.code,
        message: localiseProblem(problem, locale).message,
      })),
      ...validateOverrides(framework, dto.overrides)
        .filter((problem) => problem.severity === 'error')
        .map((problem) => ({
          field: `overrides.${problem.nodeId ?? ''}`,
          code: problem.code,
          message: localiseProblem(problem, locale).message,
        })),
      ...statedProblems(dto.stated, locale),
    ];
    if (inputProblems.length > 0) throw new AppError('VALIDATION_FAILED', 400, inputProblems);
    const result = evaluate(framework, dto.figures, dto.observations, dto.overrides);
    return {
      result: localiseResult(result, locale),
      consistency: localiseReport(consistencyReport(framework, result, dto.overrides, dto.stated), locale),
      problems: problems.map((problem) => localiseProblem(problem, locale)),
    };
  }
}
