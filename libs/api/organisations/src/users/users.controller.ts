import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { UserRecord } from '@jixiao/contracts';
import { Authorized, uuidParam } from '@jixiao/api-platform';
import { UpdateUserRolesDto } from './update-user-roles.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Authorized('read', 'User')
  @ApiOkResponse()
  list(): Promise<UserRecord[]> {
    return this.users.list();
  }

  @Get(':id')
  @Authorized('read', 'User')
  @ApiOkResponse()
  get(@Param('id', uuidParam) id: string): Promise<UserRecord> {
    return this.users.get(id);
  }

  @Patch(':id/roles')
  @Authorized('update', 'User', { audit: 'user.roles' })
  @ApiOkResponse()
  setRoles(@Param('id', uuidParam) id: string, @Body() dto: UpdateUserRolesDto): Promise<UserRecord> {
    return this.users.setRoles(id, dto.roles);
  }

  @Post(':id/disable')
  @HttpCode(200)
  @Authorized('update', 'User', { audit: 'user.disable' })
  @ApiOkResponse({ description: 'Disabled; every session of the user ends at once.' })
  disable(@Param('id', uuidParam) id: string): Promise<UserRecord> {
    return this.users.setStatus(id, 'disabled');
  }

  @Post(':id/enable')
  @HttpCode(200)
  @Authorized('update', 'User', { audit: 'user.enable' })
  @ApiOkResponse()
  enable(@Param('id', uuidParam) id: string): Promise<UserRecord> {
    return this.users.setStatus(id, 'active');
  }
}
