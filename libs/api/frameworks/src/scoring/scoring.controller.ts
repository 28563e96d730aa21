import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { ScoreFrameworkResponse } from '@jixiao/contracts';
import { Authorized } from '@jixiao/api-platform';
import { ScoreFrameworkDto } from './score-framework.dto';
import { ScoringService } from './scoring.service';

/** Scores a framework against figures and overrides: the same computation evaluations use. */
@ApiTags('scoring')
@Controller('scoring')
export class ScoringController {
  constructor(private readonly scoring: ScoringService) {}

  @Post('evaluate')
  @HttpCode(200)
  @Authorized('read', 'Framework')
  @ApiOkResponse({
    description:
      "Every node's computed and final score with its explanation (in the request's language), totals, grade and consistency findings.",
  })
  score(@Body() dto: ScoreFrameworkDto): ScoreFrameworkResponse {
    return this.scoring.score(dto);
  }
}
