import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CreatedOrganisation, Organisation } from '@jixiao/contracts';
import { Authorized, uuidParam } from '@jixiao/api-platform';
import { CreateOrganisationDto } from './create-organisation.dto';
import { OrganisationsService } from './organisations.service';
import { UpdateOrganisationDto } from './update-organisation.dto';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @Authorized('read', 'Organisation')
  @ApiOkResponse({ description: 'Your own organisation; every organisation for the platform operator.' })
  list(): Promise<Organisation[]> {
    return this.organisations.list();
  }

  @Get(':id')
  @Authorized('read', 'Organisation')
  @ApiOkResponse()
  get(@Param('id', uuidParam) id: string): Promise<Organisation> {
    return this.organisations.get(id);
  }

  @Post()
  @Authorized('onboard', 'Organisation', { audit: 'organisation.create' })
  @ApiCreatedResponse({ description: 'Onboarded, with an invitation link for its first administrator.' })
  create(@Body() dto: CreateOrganisationDto): Promise<CreatedOrganisation> {
    return this.organisations.onboard(dto);
  }

  @Patch(':id')
  @Authorized('update', 'Organisation', { audit: 'organisation.update' })
  @ApiOkResponse()
  update(@Param('id', uuidParam) id: string, @Body() dto: UpdateOrganisationDto): Promise<Organisation> {
    return this.organisations.update(id, dto);
  }

  @Post(':id/disable')
  @HttpCode(200)
  @Authorized('onboard', 'Organisation', { audit: 'organisation.disable' })
  @ApiOkResponse({ description: 'Disabled: its users lose access at once; its data stays.' })
  disable(@Param('id', uuidParam) id: string): Promise<Organisation> {
    return this.organisations.setStatus(id, 'disabled');
  }

  @Post(':id/enable')
  @HttpCode(200)
  @Authorized('onboard', 'Organisation', { audit: 'organisation.enable' })
  @ApiOkResponse()
  enable(@Param('id', uuidParam) id: string): Promise<Organisation> {
    return this.organisations.setStatus(id, 'active');
  }
}
