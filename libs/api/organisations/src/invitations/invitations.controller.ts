import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { CreatedInvitation, InvitationRecord } from '@jixiao/contracts';
import { Authorized, uuidParam } from '@jixiao/api-platform';
import { CreateInvitationDto } from './create-invitation.dto';
import { InvitationsService } from './invitations.service';

@ApiTags('invitations')
@Controller('invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Get()
  @Authorized('read', 'Invitation')
  @ApiOkResponse()
  list(): Promise<InvitationRecord[]> {
    return this.invitations.list();
  }

  @Post()
  @Authorized('create', 'Invitation', { audit: 'user.invite' })
  @ApiCreatedResponse({ description: 'The link is returned once; only its hash is stored.' })
  create(@Body() dto: CreateInvitationDto): Promise<CreatedInvitation> {
    return this.invitations.create(dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Authorized('delete', 'Invitation', { audit: 'invitation.revoke' })
  @ApiNoContentResponse()
  revoke(@Param('id', uuidParam) id: string): Promise<void> {
    return this.invitations.revoke(id);
  }
}
