import { ApiProperty } from '@nestjs/swagger';
import type { UpdateUserRolesRequest } from '@jixiao/contracts';
import { ALL_ROLES, type Role } from '@jixiao/domain';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsArray, IsIn } from 'class-validator';

export class UpdateUserRolesDto implements UpdateUserRolesRequest {
  @ApiProperty({ enum: ALL_ROLES, isArray: true })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @ArrayMaxSize(10)
  @IsIn(ALL_ROLES, { each: true })
  roles!: Role[];
}
