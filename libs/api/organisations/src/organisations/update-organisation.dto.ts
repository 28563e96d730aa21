import { ApiPropertyOptional } from '@nestjs/swagger';
import type { UpdateOrganisationRequest } from '@jixiao/contracts';
import { Trimmed } from '@jixiao/api-platform';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class UpdateOrganisationDto implements UpdateOrganisationRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  region?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  contactName?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(30)
  contactPhone?: string;
}
