import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { SaveWorkbenchRowResponse, StoredScoreResult, WorkbenchView } from '@jixiao/contracts';
import { Authorized, uuidParam } from '@jixiao/api-platform';
import { SaveWorkbenchRowDto } from './workbench.dto';
import { WorkbenchService } from './workbench.service';

@ApiTags('evaluations')
@Controller('evaluations/:id/workbench')
export class WorkbenchController {
  constructor(private readonly workbench: WorkbenchService) {}

  @Get()
  @Authorized('read', 'Evaluation')
  @ApiOkResponse({ description: 'The firm only: inputs per indicator and the stored result, stale flagged.' })
  view(@Param('id', uuidParam) id: string): Promise<WorkbenchView> {
    return this.workbench.view(id);
  }

  @Put(':indicatorId')
  @Authorized('read', 'Evaluation', { audit: 'evaluation.score_save' })
  @ApiOkResponse({
    description: 'Saves one indicator at `version`, recomputes and stores; SCORE_CONFLICT carries `current`.',
  })
  save(
    @Param('id', uuidParam) id: string,
    @Param('indicatorId') indicatorId: string,
    @Body() dto: SaveWorkbenchRowDto,
  ): Promise<SaveWorkbenchRowResponse> {
    return this.workbench.save(id, indicatorId, dto);
  }

  @Post('recompute')
  @HttpCode(200)
  @Authorized('read', 'Evaluation', { audit: 'evaluation.score_recompute' })
  @ApiOkResponse({ description: 'Recomputes with the current engine, framework and figures, and stores it.' })
  recompute(@Param('id', uuidParam) id: string): Promise<StoredScoreResult> {
    return this.workbench.recompute(id);
  }
}
