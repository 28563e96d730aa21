import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { RosterFirm } from '@jixiao/contracts';
import { Authorized, uuidParam } from '@jixiao/api-platform';
import { AddRosterFirmDto } from './firm-roster.dto';
import { FirmRosterService } from './firm-roster.service';

@ApiTags('firm-roster')
@Controller('firm-roster')
export class FirmRosterController {
  constructor(private readonly roster: FirmRosterService) {}

  @Get()
  @Authorized('read', 'FirmRoster')
  @ApiOkResponse({ description: 'The bureau’s evaluating firms (第三方机构库).' })
  list(): Promise<RosterFirm[]> {
    return this.roster.list();
  }

  @Post()
  @Authorized('create', 'FirmRoster', { audit: 'roster.add' })
  @ApiCreatedResponse({ description: 'ROSTER_FIRM_UNKNOWN when no active firm has the code.' })
  add(@Body() dto: AddRosterFirmDto): Promise<RosterFirm> {
    return this.roster.add(dto.creditCode);
  }

  @Post(':firmId/suspend')
  @HttpCode(200)
  @Authorized('update', 'FirmRoster', { audit: 'roster.suspend' })
  @ApiOkResponse()
  suspend(@Param('firmId', uuidParam) firmId: string): Promise<RosterFirm> {
    return this.roster.setStatus(firmId, 'suspended');
  }

  @Post(':firmId/restore')
  @HttpCode(200)
  @Authorized('update', 'FirmRoster', { audit: 'roster.restore' })
  @ApiOkResponse()
  restore(@Param('firmId', uuidParam) firmId: string): Promise<RosterFirm> {
    return this.roster.setStatus(firmId, 'active');
  }
}
