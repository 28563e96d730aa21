import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { EvaluationDetail } from '@jixiao/contracts';
import { Authorized, uuidParam } from '@jixiao/api-platform';
import { SaveWorkPlanDto } from './work-plan.dto';
import { WorkPlanService } from './work-plan.service';

@ApiTags('evaluations')
@Controller('evaluations/:id/plan')
export class WorkPlanController {
  constructor(private readonly plans: WorkPlanService) {}

  @Put()
  @Authorized('read', 'Evaluation', { audit: 'evaluation.plan' })
  @ApiOkResponse({
    description: 'Saved by a declared team member while planning; CONFLICT on a stale version.',
  })
  save(@Param('id', uuidParam) id: string, @Body() dto: SaveWorkPlanDto): Promise<EvaluationDetail> {
    return this.plans.save(id, dto);
  }
}
