import { ApiProperty } from '@nestjs/swagger';
import type { CreateInvitationRequest } from '@jixiao/contracts';
import { ALL_ROLES, type Role } from '@jixiao/domain';
import { ArrayMaxSize, ArrayNotEmpty, ArrayUnique, IsArray, IsEmail, IsIn, MaxLength } from 'class-validator';

export class CreateInvitationDto implements CreateInvitationRequest {
  @ApiProperty({ example: 'zhang.san@czj.demo' })
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @ApiProperty({ enum: ALL_ROLES, isArray: true })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @ArrayMaxSize(10)
  @IsIn(ALL_ROLES, { each: true })
  roles!: Role[];
}
