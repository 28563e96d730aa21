import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { ScoreFrameworkResponse } from '@jixiao/contracts';
import { consistencyReport, evaluate, validateOverrides } from '@jixiao/domain';
import { AppError, Authorized } from '@jixiao/api-platform';
import { requireValidFramework } from '../templates/framework-problems';
import { ScoreFrameworkDto } from './score-framework.dto';

/** Scores a framework against figures and overrides: the same computation evaluations use. */
@ApiTags('scoring')
@Controller('scoring')
export class ScoringController {
  @Post('evaluate')
  @HttpCode(200)
  @Authorized('read', 'Framework')
  @ApiOkResponse({
    description:
      "Every node's computed and final score with its explanation, totals, grade and consistency findings.",
  })
  score(@Body() dto: ScoreFrameworkDto): ScoreFrameworkResponse {
    const { framework, problems } = requireValidFramework(dto.framework);
    const overrideProblems = validateOverrides(framework, dto.overrides).filter(
      (p) => p.severity === 'error',
    );
    if (overrideProblems.length > 0) {
      throw new AppError(
        'VALIDATION_FAILED',
        400,
        overrideProblems.map((p) => ({
          field: `overrides.${p.nodeId ?? ''}`,
          code: p.code,
          message: p.message,
        })),
      );
    }
    const result = evaluate(framework, dto.figures, dto.observations, dto.overrides);
    return { result, consistency: consistencyReport(framework, result, dto.overrides, dto.stated), problems };
  }
}
