import { ApiProperty } from '@nestjs/swagger';
import type { CreateInvitationRequest } from '@jixiao/contracts';
import type { Role } from '@jixiao/domain';
import { IsRoleList } from '@jixiao/api-platform';
import { IsEmail, MaxLength } from 'class-validator';

export class CreateInvitationDto implements CreateInvitationRequest {
  @ApiProperty({ example: 'zhang.san@czj.demo' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @IsRoleList()
  roles!: Role[];
}
