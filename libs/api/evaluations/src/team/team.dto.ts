import { ApiProperty } from '@nestjs/swagger';
import type { DeclareIndependenceRequest, SetTeamRequest, TeamRole } from '@jixiao/contracts';
import { TEAM_ROLES } from '@jixiao/contracts';
import { Trimmed } from '@jixiao/api-platform';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  Equals,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';

export class TeamMemberDto {
  @IsUUID()
  userId!: string;

  @IsIn(TEAM_ROLES)
  teamRole!: TeamRole;

  @Trimmed()
  @IsString()
  @MaxLength(500)
  duties!: string;
}

export class SetTeamDto implements SetTeamRequest {
  @ApiProperty({ type: [TeamMemberDto], description: 'The whole team; exactly one lead.' })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => TeamMemberDto)
  members!: TeamMemberDto[];
}

export class DeclareIndependenceDto implements DeclareIndependenceRequest {
  @ApiProperty({ description: 'The declaration (回避声明) as the member confirms it.' })
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  text!: string;

  @ApiProperty({ description: 'Must be true: the member confirms the declaration.' })
  @IsBoolean()
  @Equals(true)
  confirmed!: boolean;
}
