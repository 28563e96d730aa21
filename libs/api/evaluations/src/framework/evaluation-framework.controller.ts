import { Body, Controller, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { EvaluationDetail } from '@jixiao/contracts';
import { Authorized, uuidParam } from '@jixiao/api-platform';
import { AdoptFrameworkDto, SaveEvaluationFrameworkDto } from './evaluation-framework.dto';
import { EvaluationFrameworkService } from './evaluation-framework.service';

@ApiTags('evaluations')
@Controller('evaluations/:id/framework')
export class EvaluationFrameworkController {
  constructor(private readonly frameworks: EvaluationFrameworkService) {}

  @Post()
  @HttpCode(200)
  @Authorized('read', 'Evaluation', { audit: 'evaluation.framework_adopt' })
  @ApiOkResponse({ description: 'Copies a library version into the evaluation.' })
  adopt(@Param('id', uuidParam) id: string, @Body() dto: AdoptFrameworkDto): Promise<EvaluationDetail> {
    return this.frameworks.adopt(id, dto.templateId);
  }

  @Put()
  @Authorized('read', 'Evaluation', { audit: 'evaluation.framework_update' })
  @ApiOkResponse({ description: 'Saves the adapted copy; FRAMEWORK_INVALID lists every error.' })
  save(
    @Param('id', uuidParam) id: string,
    @Body() dto: SaveEvaluationFrameworkDto,
  ): Promise<EvaluationDetail> {
    return this.frameworks.save(id, dto.framework, dto.version);
  }
}
