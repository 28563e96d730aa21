import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CommissionOptions, EvaluationDetail, EvaluationPage, TodoItem } from '@jixiao/contracts';
import { Authorized, uuidParam } from '@jixiao/api-platform';
import { CommissionEvaluationDto, EvaluationListQueryDto, TransitionDto } from './evaluation.dto';
import { EvaluationTransitions } from './evaluation-transitions.service';
import { EvaluationsService } from './evaluations.service';

@ApiTags('evaluations')
@Controller('evaluations')
export class EvaluationsController {
  constructor(
    private readonly evaluations: EvaluationsService,
    private readonly transitions: EvaluationTransitions,
  ) {}

  @Get()
  @Authorized('read', 'Evaluation')
  @ApiOkResponse({ description: 'Evaluations the caller’s organisation is a party to, filtered and paged.' })
  list(@Query() query: EvaluationListQueryDto): Promise<EvaluationPage> {
    return this.evaluations.list(query);
  }

  @Get('todo')
  @Authorized('read', 'Evaluation')
  @ApiOkResponse({ description: 'What the caller has to do now across evaluations (待办).' })
  todo(): Promise<TodoItem[]> {
    return this.evaluations.todo();
  }

  @Get('commission-options')
  @Authorized('create', 'Evaluation')
  @ApiOkResponse({ description: 'The bureau’s units and the active firms of its roster.' })
  commissionOptions(): Promise<CommissionOptions> {
    return this.evaluations.commissionOptions();
  }

  @Post()
  @Authorized('create', 'Evaluation', { audit: 'evaluation.commission' })
  @ApiCreatedResponse({ description: 'Commissioned; the firm is asked to accept or decline.' })
  commission(@Body() dto: CommissionEvaluationDto): Promise<EvaluationDetail> {
    return this.evaluations.commission(dto);
  }

  @Get(':id')
  @Authorized('read', 'Evaluation')
  @ApiOkResponse({ description: 'NOT_FOUND for missing evaluations and for those of other parties alike.' })
  get(@Param('id', uuidParam) id: string): Promise<EvaluationDetail> {
    return this.evaluations.get(id);
  }

  @Post(':id/transitions')
  @HttpCode(200)
  @Authorized('read', 'Evaluation', { audit: 'evaluation.transition' })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'A UUID; a retry returns the first answer.',
  })
  @ApiOkResponse({
    description:
      'Applied. EVALUATION_ACTION_FORBIDDEN (403) or EVALUATION_ACTION_REFUSED (409) with the reason; CONFLICT on a stale version.',
  })
  transition(
    @Param('id', uuidParam) id: string,
    @Body() dto: TransitionDto,
    @Headers('idempotency-key') idempotencyKey?: string,
  ): Promise<EvaluationDetail> {
    return this.transitions.apply(id, dto, idempotencyKey);
  }
}
