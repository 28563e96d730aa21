import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FrameworkTemplateDetail, FrameworkTemplateSummary } from '@jixiao/contracts';
import { Authorized } from '@jixiao/api-platform';
import {
  CopyFrameworkTemplateDto,
  CreateFrameworkTemplateDto,
  UpdateFrameworkTemplateDto,
} from './framework-template.dto';
import { FrameworkTemplatesService } from './framework-templates.service';
import { templateIdParam } from './template-id.pipe';

@ApiTags('frameworks')
@Controller('frameworks')
export class FrameworkTemplatesController {
  constructor(private readonly templates: FrameworkTemplatesService) {}

  @Get()
  @Authorized('read', 'Framework')
  @ApiOkResponse({ description: "The organisation's indicator systems, then the built-in ones." })
  list(): Promise<FrameworkTemplateSummary[]> {
    return this.templates.list();
  }

  @Get(':id')
  @Authorized('read', 'Framework')
  @ApiOkResponse({ description: 'The latest version, its version history and its validation problems.' })
  get(@Param('id', templateIdParam) id: string): Promise<FrameworkTemplateDetail> {
    return this.templates.get(id);
  }

  @Post()
  @Authorized('create', 'Framework', { audit: 'framework.create' })
  @ApiCreatedResponse({
    description: 'Created as version 1; FRAMEWORK_INVALID lists every error by indicator.',
  })
  create(@Body() dto: CreateFrameworkTemplateDto): Promise<FrameworkTemplateDetail> {
    return this.templates.create(dto.framework, dto.note ?? '');
  }

  @Put(':id')
  @Authorized('update', 'Framework', { audit: 'framework.update' })
  @ApiOkResponse({ description: 'Saved as a new version; CONFLICT when baseVersion is not the latest.' })
  update(
    @Param('id', templateIdParam) id: string,
    @Body() dto: UpdateFrameworkTemplateDto,
  ): Promise<FrameworkTemplateDetail> {
    return this.templates.update(id, dto.framework, dto.baseVersion, dto.note ?? '');
  }

  @Post(':id/copy')
  @Authorized('create', 'Framework', { audit: 'framework.create' })
  @ApiCreatedResponse({ description: 'A new template in your library with the latest version of this one.' })
  copy(
    @Param('id', templateIdParam) id: string,
    @Body() dto: CopyFrameworkTemplateDto,
  ): Promise<FrameworkTemplateDetail> {
    return this.templates.copy(id, dto.name);
  }

  @Post(':id/retire')
  @HttpCode(200)
  @Authorized('delete', 'Framework', { audit: 'framework.retire' })
  @ApiOkResponse({
    description: 'Retired templates stay readable (evaluations keep their copies) but cannot be edited.',
  })
  retire(@Param('id', templateIdParam) id: string): Promise<FrameworkTemplateDetail> {
    return this.templates.setStatus(id, 'retired');
  }

  @Post(':id/restore')
  @HttpCode(200)
  @Authorized('delete', 'Framework', { audit: 'framework.restore' })
  @ApiOkResponse()
  restore(@Param('id', templateIdParam) id: string): Promise<FrameworkTemplateDetail> {
    return this.templates.setStatus(id, 'active');
  }
}
