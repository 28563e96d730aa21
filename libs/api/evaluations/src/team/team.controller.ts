import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { EvaluationDetail, TeamCandidate } from '@jixiao/contracts';
import { Authorized, uuidParam } from '@jixiao/api-platform';
import { DeclareIndependenceDto, SetTeamDto } from './team.dto';
import { TeamService } from './team.service';

@ApiTags('evaluations')
@Controller('evaluations/:id')
export class TeamController {
  constructor(private readonly team: TeamService) {}

  @Get('team/candidates')
  @Authorized('read', 'Evaluation')
  @ApiOkResponse({ description: 'Active users of the firm who may join the team (firm admin and leads).' })
  candidates(@Param('id', uuidParam) id: string): Promise<TeamCandidate[]> {
    return this.team.candidates(id);
  }

  @Put('team')
  @Authorized('read', 'Evaluation', { audit: 'evaluation.team' })
  @ApiOkResponse({ description: 'The whole team with exactly one lead; members are users of the firm.' })
  set(@Param('id', uuidParam) id: string, @Body() dto: SetTeamDto): Promise<EvaluationDetail> {
    return this.team.set(id, dto);
  }

  @Post('declaration')
  @HttpCode(200)
  @Authorized('read', 'Evaluation', { audit: 'evaluation.declare_independence' })
  @ApiOkResponse({ description: 'The caller, a team member, declares independence (回避声明).' })
  declare(
    @Param('id', uuidParam) id: string,
    @Body() dto: DeclareIndependenceDto,
  ): Promise<EvaluationDetail> {
    return this.team.declare(id, dto);
  }
}
