import { Body, Controller, Delete, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { EvaluationProject } from '@jixiao/contracts';
import { Authorized, uuidParam } from '@jixiao/api-platform';
import { SaveProjectDto } from './figures.dto';
import { ProjectsService } from './projects.service';

@ApiTags('evaluations')
@Controller('evaluations/:id/projects')
export class ProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  @Post()
  @Authorized('read', 'Evaluation', { audit: 'evaluation.project_create' })
  @ApiCreatedResponse({ description: 'The unit adds a project (budget, actual, completion).' })
  create(@Param('id', uuidParam) id: string, @Body() dto: SaveProjectDto): Promise<EvaluationProject> {
    return this.projects.create(id, dto);
  }

  @Put(':projectId')
  @Authorized('read', 'Evaluation', { audit: 'evaluation.project_update' })
  @ApiOkResponse({ description: 'Updates a project at `version`; CONFLICT (409) carries `current`.' })
  update(
    @Param('id', uuidParam) id: string,
    @Param('projectId', uuidParam) projectId: string,
    @Body() dto: SaveProjectDto,
  ): Promise<EvaluationProject> {
    return this.projects.update(id, projectId, dto);
  }

  @Delete(':projectId')
  @HttpCode(204)
  @Authorized('read', 'Evaluation', { audit: 'evaluation.project_delete' })
  @ApiNoContentResponse({ description: 'Removes a project.' })
  remove(
    @Param('id', uuidParam) id: string,
    @Param('projectId', uuidParam) projectId: string,
  ): Promise<void> {
    return this.projects.remove(id, projectId);
  }
}
