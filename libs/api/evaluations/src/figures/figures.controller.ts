import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FigureView, FiguresOverview } from '@jixiao/contracts';
import { Authorized, uuidParam } from '@jixiao/api-platform';
import { EnterFigureDto, VerifyFigureDto } from './figures.dto';
import { FiguresService } from './figures.service';

@ApiTags('evaluations')
@Controller('evaluations/:id/figures')
export class FiguresController {
  constructor(private readonly figures: FiguresService) {}

  @Get()
  @Authorized('read', 'Evaluation')
  @ApiOkResponse({
    description: 'Every figure with its verification, the project list, unverified needed figures.',
  })
  overview(@Param('id', uuidParam) id: string): Promise<FiguresOverview> {
    return this.figures.overview(id);
  }

  @Put(':key')
  @Authorized('read', 'Evaluation', { audit: 'evaluation.figure_enter' })
  @ApiOkResponse({
    description: 'The unit enters a figure with its source; FIGURE_CONFLICT (409) carries `current`.',
  })
  enter(
    @Param('id', uuidParam) id: string,
    @Param('key') key: string,
    @Body() dto: EnterFigureDto,
  ): Promise<FigureView> {
    return this.figures.enter(id, key, dto);
  }

  @Post(':key/verification')
  @HttpCode(200)
  @Authorized('read', 'Evaluation', { audit: 'evaluation.figure_verify' })
  @ApiOkResponse({
    description: 'The team verifies, questions or corrects a figure (the unit value is kept).',
  })
  verify(
    @Param('id', uuidParam) id: string,
    @Param('key') key: string,
    @Body() dto: VerifyFigureDto,
  ): Promise<FigureView> {
    return this.figures.verify(id, key, dto);
  }
}
